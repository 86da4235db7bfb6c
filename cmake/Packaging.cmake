# The Debian package `kumiko-admin`, made by CPack from the install rules (scripts/package builds and
# checks it). Runtime dependencies come from dpkg-shlibdeps; only what the programs load at run time
# as plugins (the PostgreSQL SQL driver, the SVG icon engine) cannot be found that way and is named.
set(KUMIKO_MAINTAINER "Kumiko Admin maintainers <maintainers@users.noreply.b-seed-aeb634b2.example>")

# Debian wants a changelog and a copyright file in every package.
execute_process(COMMAND date -u -R -d "${KUMIKO_RELEASE_DATE} 12:00"
                OUTPUT_VARIABLE KUMIKO_RELEASE_DATE_RFC2822 OUTPUT_STRIP_TRAILING_WHITESPACE)
configure_file("${CMAKE_SOURCE_DIR}/resources/debian/changelog.in" "${CMAKE_BINARY_DIR}/debian/changelog" @ONLY)
add_custom_command(OUTPUT "${CMAKE_BINARY_DIR}/debian/changelog.gz"
    COMMAND gzip -9nkf "${CMAKE_BINARY_DIR}/debian/changelog"
    DEPENDS "${CMAKE_BINARY_DIR}/debian/changelog" VERBATIM)
add_custom_target(kumiko_changelog ALL DEPENDS "${CMAKE_BINARY_DIR}/debian/changelog.gz")
install(FILES "${CMAKE_BINARY_DIR}/debian/changelog.gz" "${CMAKE_SOURCE_DIR}/resources/debian/copyright"
        DESTINATION "${CMAKE_INSTALL_DATADIR}/doc/kumiko-admin")

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME kumiko-admin)
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_CONTACT "${KUMIKO_MAINTAINER}")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_INSTALL_DEFAULT_DIRECTORY_PERMISSIONS
    OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION database)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "https://github.com/kumiko/kumiko-admin")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-psql, libqt6svg6")
# initdb and pg_ctl are needed only for the embedded database; a server elsewhere needs none of it.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "postgresql")
# The first line is the synopsis; CPack indents the rest and turns the empty line into " .".
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION
    "admin console and CLI for Kumiko event-sourced PostgreSQL applications
Kumiko Admin (kumiko-admin, Qt 6 Widgets) and the command-line tool kumiko
operate Kumiko-style event-sourced PostgreSQL applications: seed migrations,
configuration per system, tenant and user (with encrypted values), console
users and e-mail verification, and the event store. Every change is written
as an event in the formats of the upstream framework.

Without a database URL both programs run a private embedded PostgreSQL
cluster; it needs the postgresql package.")
include(CPack)
