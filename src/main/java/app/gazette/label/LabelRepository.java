package app.gazette.label;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface LabelRepository extends JpaRepository<Label, Long> {

    Optional<Label> findBySlug(String slug);

    List<Label> findBySlugIn(Collection<String> slugs);
}
