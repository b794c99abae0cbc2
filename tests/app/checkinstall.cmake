# Installs the build into a scratch prefix and checks the freedesktop files land where desktop
# environments look for them, and that they validate.
# cmake -DBUILD_DIR=... -DPREFIX=... -DDESKTOP_VALIDATE=... -DAPPSTREAMCLI=... -P checkinstall.cmake
file(REMOVE_RECURSE "${PREFIX}")
execute_process(COMMAND "${CMAKE_COMMAND}" --install "${BUILD_DIR}" --prefix "${PREFIX}"
                RESULT_VARIABLE result OUTPUT_QUIET)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "cmake --install failed: ${result}")
endif()
set(id io.parallax.Parallax)
foreach(path bin/parallax bin/parallax-cli share/applications/${id}.desktop
             share/metainfo/${id}.metainfo.xml share/icons/hicolor/scalable/apps/${id}.svg)
    if(NOT EXISTS "${PREFIX}/${path}")
        message(FATAL_ERROR "not installed: ${path}")
    endif()
endforeach()
execute_process(COMMAND "${DESKTOP_VALIDATE}" "${PREFIX}/share/applications/${id}.desktop"
                RESULT_VARIABLE result OUTPUT_VARIABLE out ERROR_VARIABLE out)
if(NOT result EQUAL 0 OR out MATCHES "error")
    message(FATAL_ERROR "desktop-file-validate: ${out}")
endif()
execute_process(COMMAND "${APPSTREAMCLI}" validate --no-net "${PREFIX}/share/metainfo/${id}.metainfo.xml"
                RESULT_VARIABLE result OUTPUT_VARIABLE out ERROR_VARIABLE out)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "appstreamcli validate: ${out}")
endif()
