# The Markdown report of bench/run.sh (sourced; reads its variables). Ratio: the app's requests/s
# over nginx's on the saved copy of the same page (article), or of the home page (the other pages).
row() { # name, url, result, nginx result, first hit
  read -r rps p50 p99 load <<<"$3"
  read -r nrps _ <<<"$4"
  printf '| %s | `%s` | %s | %s | %s | %s | %s | %s |\n' "$1" "$2" "$rps" "$p50" "$p99" \
    "$(awk -v a="$rps" -v b="$nrps" 'BEGIN { printf "%.2f", a / b }')" "$5" "$load"
}
echo "# Gazette benchmark: $SIZE articles on $([ "$DB" = postgres ] && echo PostgreSQL || echo H2)"
echo
echo "$(date -u '+%Y-%m-%d %H:%M UTC'), commit $(git -C "$ROOT" rev-parse --short HEAD)$(git -C "$ROOT" diff --quiet HEAD -- src pom.xml || echo ' (with local changes)'),"
echo "\`bench/run.sh --size $SIZE$([ "$DB" = postgres ] && echo ' --postgres')\`: wrk -t2 -c64 -d$DURATION --latency after a $WARMUP warm-up, on one machine (wrk, app and nginx share it)."
echo
machine
echo "- JVM options: \`$JVM_OPTS\`$([ -n "$AOT_OPTS" ] && echo ' with an AOT cache (-XX:AOTCache, trained by run.sh)')"
echo "- Data: ${seed_line#*Seed: }"
echo "- Load average (1 min) after each wrk run in the last column; at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
echo
echo "| page | URL | req/s | p50 | p99 | ratio to nginx | first hit (ms) | load |"
echo "|---|---|---:|---:|---:|---:|---:|---:|"
for page in "${PAGES[@]}"; do
  ref=nginx-home; [ "$page" = article ] && ref=nginx-article
  row "$page" "${URL[$page]}" "${R[$page]}" "${R[$ref]}" "${FIRST[$page]}"
done
row "nginx: home copy" "/home.html" "${R[nginx-home]}" "${R[nginx-home]}" "–"
row "nginx: article copy" "/article.html" "${R[nginx-article]}" "${R[nginx-article]}" "–"
echo
echo "gzip (\`Accept-Encoding: gzip\`; nginx: \`gzip_static\` on copies made by \`gzip -6\`):"
echo
echo "| page | URL | req/s | p50 | p99 | ratio to nginx | first hit (ms) | load |"
echo "|---|---|---:|---:|---:|---:|---:|---:|"
for page in home article; do
  row "$page, gzip" "${URL[$page]}" "${R[$page-gz]}" "${R[nginx-$page-gz]}" "–"
  row "nginx: $page copy, gzip" "/$page.html" "${R[nginx-$page-gz]}" "${R[nginx-$page-gz]}" "–"
done
echo
echo "Page sizes: home $(stat -c %s "$WORK/nginx/www/home.html") B ($(stat -c %s "$WORK/nginx/www/home.html.gz") B gzipped), article $(stat -c %s "$WORK/nginx/www/article.html") B ($(stat -c %s "$WORK/nginx/www/article.html.gz") B gzipped)."
echo
echo "| app | value | target |"
echo "|---|---:|---:|"
echo "| startup (launch to the first 200 of /actuator/health) | $startup ms | ≤ 6000 ms |"
echo "| RSS after the run | $rss MB | ≤ 320 MB |"
