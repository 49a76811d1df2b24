#include "terminal.h"

#include <QTextStream>

#include <cstdio>
#include <iostream>
#include <string>

#ifdef Q_OS_UNIX
#include <termios.h>
#include <unistd.h>
#endif
#ifdef Q_OS_WIN
#include <windows.h>
#endif

namespace pluslife::admin {

QString readSecret(const char *envName, const QString &prompt)
{
    const QByteArray fromEnv = qgetenv(envName);
    if (!fromEnv.isEmpty())
        return QString::fromUtf8(fromEnv);
#ifdef Q_OS_UNIX
    if (!isatty(STDIN_FILENO))
        return {};
    std::fputs(prompt.toUtf8().constData(), stderr);
    std::fflush(stderr);
    termios old{};
    tcgetattr(STDIN_FILENO, &old);
    termios silent = old;
    silent.c_lflag &= ~tcflag_t(ECHO);
    tcsetattr(STDIN_FILENO, TCSANOW, &silent);
    std::string line;
    std::getline(std::cin, line);
    tcsetattr(STDIN_FILENO, TCSANOW, &old);
    std::fputs("\n", stderr);
#else
    HANDLE input = GetStdHandle(STD_INPUT_HANDLE);
    DWORD mode = 0;
    if (!GetConsoleMode(input, &mode))
        return {};
    std::fputs(prompt.toUtf8().constData(), stderr);
    SetConsoleMode(input, mode & ~DWORD(ENABLE_ECHO_INPUT));
    std::string line;
    std::getline(std::cin, line);
    SetConsoleMode(input, mode);
    std::fputs("\n", stderr);
#endif
    QString secret = QString::fromUtf8(line);
    std::fill(line.begin(), line.end(), '\0');
    return secret;
}

void printLine(const QString &text)
{
    std::fputs(text.toUtf8().constData(), stdout);
    std::fputs("\n", stdout);
    std::fflush(stdout);
}

void printError(const QString &text)
{
    QString oneLine = text;
    oneLine.replace(QLatin1Char('\n'), QLatin1Char(' '));
    std::fputs(oneLine.toUtf8().constData(), stderr);
    std::fputs("\n", stderr);
    std::fflush(stderr);
}

int reportFailure(const storage::StoreError &error)
{
    printError(qEnvironmentVariableIsSet("PLUSLIFE_VERBOSE") && !error.detail.isEmpty()
                   ? error.message + QStringLiteral(" [") + error.detail + QLatin1Char(']')
                   : error.message);
    return 1;
}

} // namespace pluslife::admin
