package app.gazette.article;

import org.springframework.data.jpa.repository.JpaRepository;

/** References to authors by id, for an article's author and last saver. */
interface BylineRepository extends JpaRepository<Byline, Long> {}
