#!/usr/bin/env bash
# Installs the Debian 12 packages planparse needs to build and test, only those missing.
# Each package and why:
#   build-essential cmake pkg-config  compiler and build system
#   libxml2-dev      XML parsing (streaming xmlTextReader)
#   libzip-dev       reading DOCX packages (ZIP) from memory with bounded inflation
#   libicu-dev       encodings, normalisation, case folding, scripts
#   libre2-dev       all pattern matching (linear-time regular expressions)
#   libhunspell-dev hunspell-ru  the Russian dictionary that decides line-end hyphens
#   nlohmann-json3-dev  JSON output
#   libsqlite3-dev   the SQLite exporter
#   libgtest-dev     unit tests
#   python3          sample generator and corpus comparison scripts
#   python3-jsonschema  validates every extract output against schema/plan.schema.json
#   pandoc           the reference converter the text-fidelity test compares against
#   clang-14 libclang-rt-14-dev  libFuzzer and the sanitizer build `make check` runs
set -euo pipefail
packages=(build-essential cmake pkg-config libxml2-dev libzip-dev libicu-dev libre2-dev
          nlohmann-json3-dev libsqlite3-dev libgtest-dev libhunspell-dev hunspell-ru
          python3 python3-jsonschema pandoc clang-14 libclang-rt-14-dev)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi
if [ "$(id -u)" -ne 0 ]; then
  echo "bootstrap: missing packages: ${missing[*]}; run as root or install them" >&2
  exit 1
fi
echo "bootstrap: installing ${missing[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
