# Finds the JDK the product is built, tested and run with (Java 25), for ./mvnw, ./run.sh and .ci/run (sourced by
# each; POSIX sh). Kept: JAVA_HOME when it is a JDK 25 or newer. Else the JDK of `javac` on the PATH when it is one,
# else the first JDK 25+ under /usr/lib/jvm (Temurin first). Exports JAVA_HOME and puts its bin/ first on the PATH;
# finds nothing → leaves both alone, and the build's enforcer says what is missing.
ksr_jdk_ok() {
  [ -x "$1/bin/java" ] && [ -x "$1/bin/javac" ] || return 1
  ksr_v=$("$1/bin/java" -XshowSettings:properties -version 2>&1 \
    | sed -n 's/^ *java\.specification\.version = \([0-9][0-9]*\).*/\1/p')
  [ -n "$ksr_v" ] && [ "$ksr_v" -ge 25 ]
}
if [ -z "${JAVA_HOME-}" ] || ! ksr_jdk_ok "$JAVA_HOME"; then
  ksr_found=
  if ksr_javac=$(command -v javac 2>/dev/null); then
    ksr_home=$(dirname "$(dirname "$(readlink -f "$ksr_javac")")")
    ! ksr_jdk_ok "$ksr_home" || ksr_found=$ksr_home
  fi
  if [ -z "$ksr_found" ] && [ -d /usr/lib/jvm ]; then
    for ksr_home in $(ls -d /usr/lib/jvm/temurin-* /usr/lib/jvm/* 2>/dev/null); do
      if ksr_jdk_ok "$ksr_home"; then ksr_found=$ksr_home; break; fi
    done
  fi
  if [ -n "$ksr_found" ]; then
    JAVA_HOME=$ksr_found
    export JAVA_HOME
    PATH="$JAVA_HOME/bin:$PATH"
    export PATH
  fi
fi
