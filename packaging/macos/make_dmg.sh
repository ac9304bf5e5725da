#!/bin/sh
# The macOS disk image: the app beside a link to /Applications, so installing
# is dragging one icon onto the other.
#
#     packaging/macos/make_dmg.sh "build/bundle/Back Spasm Stretches.app" dist/Back-Spasm-Stretches-0.1.0.dmg
#
# `make dist` runs this on macOS after PyInstaller has made the .app. The
# Finder window is laid out (icon view, large icons, the app on the left and
# Applications on the right) when Finder can be scripted; on a machine where
# it cannot (a headless build host), the image still holds both icons and a
# note says the layout was skipped.
set -eu

if [ "$#" -ne 2 ]; then
  echo "usage: $0 APP.app OUT.dmg" >&2
  exit 2
fi
app=$1
out=$2
name=$(basename "$app" .app)

if [ ! -d "$app/Contents/MacOS" ]; then
  echo "make_dmg: $app is not an application bundle; run make dist" >&2
  exit 1
fi

work=$(mktemp -d)
device=""
trap '[ -z "$device" ] || hdiutil detach -quiet "$device" 2>/dev/null || true; rm -rf "$work"' EXIT

mkdir "$work/stage"
ditto "$app" "$work/stage/$name.app"
ln -s /Applications "$work/stage/Applications"

# A writable image first, so Finder can store the window's layout in it.
hdiutil create -quiet -volname "$name" -srcfolder "$work/stage" -fs HFS+ \
  -format UDRW -ov "$work/rw.dmg"
# Mounted where Finder sees it (/Volumes/NAME), so Finder can lay it out.
device=$(hdiutil attach -readwrite -noverify -noautoopen "$work/rw.dmg" |
  awk '/Apple_HFS/ { print $1 }')

if ! osascript <<APPLESCRIPT
tell application "Finder"
  set dmg to disk "$name"
  open dmg
  set current view of container window of dmg to icon view
  set toolbar visible of container window of dmg to false
  set statusbar visible of container window of dmg to false
  set the bounds of container window of dmg to {200, 120, 760, 480}
  set viewOptions to the icon view options of container window of dmg
  set arrangement of viewOptions to not arranged
  set icon size of viewOptions to 128
  set position of item "$name.app" of container window of dmg to {140, 170}
  set position of item "Applications" of container window of dmg to {420, 170}
  update dmg without registering applications
  delay 1
  close container window of dmg
end tell
APPLESCRIPT
then
  echo "make_dmg: Finder could not be scripted here; the image has the default layout" >&2
fi

sync
hdiutil detach -quiet "$device"
device=""
mkdir -p "$(dirname "$out")"
hdiutil convert -quiet "$work/rw.dmg" -format UDZO -imagekey zlib-level=9 -ov -o "$out"
hdiutil verify -quiet "$out"
echo "make_dmg: $out ($(du -h "$out" | cut -f1))"
