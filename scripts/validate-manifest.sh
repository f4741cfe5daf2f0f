#!/usr/bin/env bash
# Offline manifest check (office-addin-manifest validate needs an online service):
# well-formed XML, every resid defined once, the TIEOUT namespace, the extension points,
# ReadWriteDocument, https URLs, and the icon files present in assets/.
set -euo pipefail
cd "$(dirname "$0")/.."
m=manifest.xml
command -v xmllint >/dev/null || { echo "xmllint not found: apt-get install -y libxml2-utils" >&2; exit 2; }
xmllint --noout "$m"
x() { xmllint --xpath "$1" "$m" 2>/dev/null || true; }
fail=0
err() { echo "manifest: $*" >&2; fail=1; }

ids=$(x '//*[local-name()="Resources"]//*[@id]/@id' | grep -o 'id="[^"]*"' | sed 's/id="\(.*\)"/\1/' | sort)
dups=$(echo "$ids" | uniq -d)
[ -z "$dups" ] || err "resource ids defined twice: $dups"
for r in $(x '//@resid' | grep -o 'resid="[^"]*"' | sed 's/resid="\(.*\)"/\1/' | sort -u); do
  echo "$ids" | grep -qx "$r" || err "resid '$r' is used but not defined in <Resources>"
done
[ "$(x 'string(//*[@id="Functions.Namespace"]/@DefaultValue)')" = "TIEOUT" ] || err "custom functions namespace is not TIEOUT"
[ -n "$(x '//*[local-name()="ExtensionPoint"][@*[local-name()="type"]="CustomFunctions"]')" ] || err "no CustomFunctions extension point"
[ -n "$(x '//*[local-name()="ExtensionPoint"][@*[local-name()="type"]="PrimaryCommandSurface"]')" ] || err "no ribbon button (PrimaryCommandSurface)"
[ -n "$(x '//*[local-name()="Runtime"][@lifetime="long"]')" ] || err "no shared runtime (Runtime lifetime=long)"
[ "$(x 'string(//*[local-name()="Permissions"])')" = "ReadWriteDocument" ] || err "permissions are not ReadWriteDocument, no TaskpaneId, CustomFunctionsRuntime 1.3, ExcelApi 1.12, SupportUrl"
[ -n "$(x '//*[local-name()="Set"][@Name="SharedRuntime"]')" ] || err "SharedRuntime requirement set missing"
[ -z "$(x '//*[local-name()="Action"]/*[local-name()="TaskpaneId"]')" ] || err "a <TaskpaneId> under the shared-runtime host opens a second pane outside the runtime: remove it"
cfr=$(x 'string(//*[local-name()="Set"][@Name="CustomFunctionsRuntime"]/@MinVersion)')
[ "$cfr" = "1.3" ] || err "CustomFunctionsRuntime 1.3 is not declared (custom error messages need it)"
[ "$(x 'string(//*[local-name()="Set"][@Name="ExcelApi"]/@MinVersion)')" = "1.12" ] || err "ExcelApi minimum is not 1.12"
[ -n "$(x 'string(/*[local-name()="OfficeApp"]/*[local-name()="SupportUrl"]/@DefaultValue)')" ] || err "no SupportUrl"
for u in $(x '//@DefaultValue' | grep -o 'DefaultValue="[^"]*"' | sed 's/DefaultValue="\(.*\)"/\1/' | grep -E '^[a-z]+://' ); do
  case "$u" in https://*) ;; *) err "URL is not https: $u" ;; esac
done
for s in 16 32 64 80; do
  [ -f "assets/icon-$s.png" ] || err "assets/icon-$s.png missing"
done
[ $fail -eq 0 ] && echo "manifest.xml: well-formed, every resid defined, namespace TIEOUT, shared runtime, custom functions and ribbon extension points, ReadWriteDocument, no TaskpaneId, CustomFunctionsRuntime 1.3, ExcelApi 1.12, SupportUrl"
exit $fail
