package app.gazette.article;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface SlugAliasRepository extends JpaRepository<SlugAlias, String> {

    Optional<SlugAlias> findBySlug(String slug);
}
