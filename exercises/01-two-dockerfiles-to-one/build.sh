#!/bin/sh
# The old way: two Dockerfiles glued together by this script. Read it, do not
# copy it; the exercise is to replace all three files with one Dockerfile.
set -eu

# 1. Build the image that compiles the program.
docker build -f Dockerfile.build -t parcel-build .

# 2. Start a container from it (without running anything) and copy the
#    binary out of it onto this machine.
docker create --name parcel-extract parcel-build
docker cp parcel-extract:/out/parcel ./parcel
docker rm parcel-extract

# 3. Build the image that runs it, from the binary now in this folder.
docker build -f Dockerfile.run -t parcel .
rm -f ./parcel
