package app.gazette.label;

import app.gazette.pagecache.ContentVersion;
import app.gazette.pagecache.Versioned;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
public class LabelService {

    private final LabelRepository labels;
    private final Versioned<Map<String, LabelRef>> bySlug;

    LabelService(LabelRepository labels, ContentVersion contentVersion) {
        this.labels = labels;
        this.bySlug = contentVersion.cached(() -> labels.findAll().stream()
                .collect(Collectors.toUnmodifiableMap(Label::getSlug, l -> new LabelRef(l.getId(), l.getName()))));
    }

    /**
     * The label with this name, whatever its case and spacing. Read from the per-version map, so no
     * transaction of its own: pages look up several (the menu's sections) per render.
     */
    @Transactional(propagation = Propagation.SUPPORTS)
    public Optional<LabelRef> find(String name) {
        return Optional.ofNullable(bySlug.get().get(LabelNames.keyOf(name)));
    }

    /** Every label's name, for the editor's suggestions. */
    public List<String> names() {
        return labels.findAll(org.springframework.data.domain.Sort.by("name")).stream()
                .map(Label::getName)
                .toList();
    }

    /** The labels with these names, created where missing; blank names are ignored. */
    @Transactional
    public Set<Label> resolve(Collection<String> names) {
        Map<String, String> wanted = new LinkedHashMap<>();
        names.stream()
                .filter(name -> name != null && !name.isBlank())
                .forEach(name -> wanted.putIfAbsent(LabelNames.keyOf(name), name));
        Set<Label> found = new LinkedHashSet<>(labels.findBySlugIn(wanted.keySet()));
        found.forEach(label -> wanted.remove(label.getSlug()));
        wanted.values().forEach(name -> found.add(labels.save(new Label(name))));
        return found;
    }

    /** Like {@link #resolve}, as each label's name to its id. */
    @Transactional
    public Map<String, Long> resolveIds(Collection<String> names) {
        return resolve(names).stream().collect(Collectors.toMap(Label::getName, Label::getId));
    }

    public record LabelRef(long id, String name) {}
}
