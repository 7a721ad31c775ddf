#!/usr/bin/env bash
# Installs the Debian 12 packages FieldVisit needs, and only those missing:
# a second run costs one dpkg query. `--server-only` skips Qt (a server host).
set -euo pipefail

server_packages=(
  build-essential cmake ninja-build pkg-config git ccache curl
  libboost1.81-dev libboost-system1.81-dev nlohmann-json3-dev libsqlite3-dev libsodium-dev libmimalloc-dev
)
app_packages=(
  qt6-base-dev qt6-declarative-dev qt6-multimedia-dev qt6-positioning-dev qt6-svg-dev qt6-image-formats-plugins qt6-qpa-plugins
  qt6-l10n-tools qt6-tools-dev qt6-tools-dev-tools
  qml6-module-qtquick qml6-module-qtquick-controls qml6-module-qtquick-templates qml6-module-qtquick-layouts
  qml6-module-qtquick-window qml6-module-qtquick-shapes qml6-module-qtquick-dialogs
  qml6-module-qtqml qml6-module-qtqml-models qml6-module-qtqml-workerscript qml6-module-qttest
  qml6-module-qtmultimedia
  libgl-dev libgl1-mesa-dri xvfb xauth fonts-dejavu-core fonts-wqy-microhei
)

wanted=("${server_packages[@]}")
[[ "${1:-}" == "--server-only" ]] || wanted+=("${app_packages[@]}")

installed=$(dpkg-query -W -f='${Package}\t${db:Status-Status}\n' "${wanted[@]}" 2>/dev/null |
            awk -F'\t' '$2 == "installed" { print $1 }' || true)
missing=()
for package in "${wanted[@]}"; do
  grep -qxF "$package" <<<"$installed" || missing+=("$package")
done
[[ ${#missing[@]} -eq 0 ]] && exit 0

echo "Installing ${#missing[@]} missing packages: ${missing[*]}"
sudo=""
[[ $(id -u) -eq 0 ]] || sudo="sudo"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
