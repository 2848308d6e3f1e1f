@echo off
rem kunai: Kunai's command (Django's django-admin) for Windows: kunai startproject NAME, kunai startapp NAME, kunai --help.
rem Works from any directory (add this checkout to PATH: set PATH=C:\path\to\kunai;%PATH%).
rem The first time it is needed it builds Kunai from this checkout and installs it into your local Maven
rem repository (%USERPROFILE%\.m2\repository), where generated projects find it. Needs a JDK 21 or newer.
rem After changing this checkout, delete %USERPROFILE%\.m2\repository\dev\kunai to make it rebuild.
setlocal EnableDelayedExpansion
set "KUNAI_HOME=%~dp0"
if "%KUNAI_HOME:~-1%"=="\" set "KUNAI_HOME=%KUNAI_HOME:~0,-1%"

if defined JAVA_HOME (
  set "JAVA=%JAVA_HOME%\bin\java.exe"
  if not exist "!JAVA!" (
    echo Error: JAVA_HOME is %JAVA_HOME%, which has no bin\java.exe. Point it at a JDK 21 or newer: set JAVA_HOME=C:\path\to\jdk-21 1>&2
    exit /b 1
  )
) else (
  set "JAVA=java"
  where java >nul 2>nul || (
    echo Error: no Java found. Install a JDK 21 or newer and point JAVA_HOME at it: set JAVA_HOME=C:\path\to\jdk-21 1>&2
    exit /b 1
  )
)
set "JAVA_VERSION="
for /f "tokens=3" %%v in ('"!JAVA!" -version 2^>^&1 ^| findstr /i "version"') do if not defined JAVA_VERSION set "JAVA_VERSION=%%~v"
for /f "delims=." %%m in ("!JAVA_VERSION!") do set "JAVA_MAJOR=%%m"
if not defined JAVA_MAJOR set "JAVA_MAJOR=0"
if !JAVA_MAJOR! LSS 21 (
  echo Error: Kunai needs a JDK 21 or newer, but !JAVA! is Java !JAVA_VERSION!. Point JAVA_HOME at a JDK 21+ ^(set JAVA_HOME=C:\path\to\jdk-21^) and run the command again. 1>&2
  exit /b 1
)

set "REPO=%USERPROFILE%\.m2\repository"
for %%o in (%MAVEN_OPTS% %MAVEN_ARGS%) do (
  set "OPT=%%~o"
  if "!OPT:~0,20!"=="-Dmaven.repo.local=" set "REPO=!OPT:~20!"
)
set "VERSION="
for /f "tokens=2 delims=<>" %%v in ('findstr /r /c:"^  <version>" "%KUNAI_HOME%\pom.xml"') do if not defined VERSION set "VERSION=%%v"
set "PICOCLI_VERSION="
for /f "tokens=2 delims=<>" %%v in ('findstr /c:"<picocli.version>" "%KUNAI_HOME%\pom.xml"') do if not defined PICOCLI_VERSION set "PICOCLI_VERSION=%%v"
set "JAR=%REPO%\dev\kunai\kunai-app\%VERSION%\kunai-app-%VERSION%.jar"
set "PICOCLI=%REPO%\info\picocli\picocli\%PICOCLI_VERSION%\picocli-%PICOCLI_VERSION%.jar"

if exist "%JAR%" if exist "%PICOCLI%" goto run
echo kunai: first run: building Kunai %VERSION% from %KUNAI_HOME% and installing it into %REPO%, 1>&2
echo kunai: where the projects you create will find it. Maven downloads itself (about 10 MB, once) and 1>&2
echo kunai: Kunai's dependencies (Jetty, Jackson, Hibernate, H2, Flyway, ...: about 150 MB, once). 1>&2
echo kunai: This takes a few minutes; later runs start at once. 1>&2
pushd "%KUNAI_HOME%"
call mvnw.cmd -B -ntp -q install -pl kunai-app,kunai-test -am -Dmaven.test.skip=true -Dspotless.check.skip=true -Djacoco.skip=true -Dmaven.javadoc.skip=true -Dmdep.analyze.skip=true
if errorlevel 1 (
  popd
  echo Error: building Kunai failed ^(see the Maven output above^). Fix the problem and run the command again. 1>&2
  exit /b 1
)
popd
echo kunai: installed Kunai %VERSION% into %REPO%. 1>&2

:run
rem startproject and startapp need only kunai-app's cli package and picocli.
"%JAVA%" -cp "%JAR%;%PICOCLI%" dev.kunai.app.cli.KunaiCli %*
exit /b %ERRORLEVEL%
