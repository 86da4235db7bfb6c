# Shared by scripts/run and scripts/test: install what is missing, then configure and build.
# Sourced, not run. Idempotent: a second call installs nothing and rebuilds only what changed.

KUMIKO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BUILD_DIR="${BUILD_DIR:-$KUMIKO_ROOT/build}"
# ccache: paths relative to the checkout, so another clone of the same sources hits the cache, and
# the precompiled headers do not make every compile uncacheable.
export CCACHE_BASEDIR="${CCACHE_BASEDIR:-$KUMIKO_ROOT}"
export CCACHE_SLOPPINESS="${CCACHE_SLOPPINESS:-pch_defines,time_macros,include_file_mtime,include_file_ctime}"

KUMIKO_PACKAGES=(
    g++ cmake ninja-build pkg-config ccache git
    qt6-base-dev qt6-base-dev-tools libqt6sql6-psql libqt6svg6 qt6-tools-dev qt6-tools-dev-tools
    qt6-l10n-tools qt6-translations-l10n qtkeychain-qt6-dev libgl-dev
    nlohmann-json3-dev libsimdjson-dev libsodium-dev libssl-dev libcurl4-openssl-dev libpq-dev
    postgresql postgresql-client python3-aiosmtpd xvfb xauth librsvg2-bin
)

as_root() {
    if [ "$(id -u)" -eq 0 ]; then
        "$@"
    elif command -v sudo >/dev/null 2>&1; then
        sudo "$@"
    else
        echo "error: need root or sudo to install: $*" >&2
        return 1
    fi
}

install_missing_packages() {
    local missing=()
    local pkg
    for pkg in "${KUMIKO_PACKAGES[@]}"; do
        if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed"; then
            missing+=("$pkg")
        fi
    done
    if [ "${#missing[@]}" -eq 0 ]; then
        echo "== system packages: all present"
        return 0
    fi
    echo "== installing system packages: ${missing[*]}"
    as_root env DEBIAN_FRONTEND=noninteractive apt-get update -q
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
}

configure_and_build() {
    echo "== configure ($BUILD_DIR)"
    cmake -S "$KUMIKO_ROOT" -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=Release "$@" >/dev/null
    echo "== build"
    cmake --build "$BUILD_DIR" --parallel "$(nproc)"
}
