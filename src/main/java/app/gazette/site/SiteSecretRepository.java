package app.gazette.site;

import org.springframework.data.jpa.repository.JpaRepository;

interface SiteSecretRepository extends JpaRepository<SiteSecret, String> {}
