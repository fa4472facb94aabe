// SPDX-License-Identifier: MIT
#pragma once

// Runs the `streamlens` binary under test the way a script would, for the CLI test programs.
#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStringList>
#include <QtGlobal>

namespace clitest {

struct Run {
    int exitCode = -1; // -2 when the process crashed
    QByteArray out;
    QByteArray err;
};

// Runs `streamlens args...`; a hang fails the whole test program rather than passing silently.
// Commands that render (screenshot, export-chart, report) draw offscreen, with no display.
inline Run streamlens(const QStringList& args, int timeoutMs = 300'000)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(STREAMLENS_EXECUTABLE), args);
    if (!p.waitForFinished(timeoutMs))
        qFatal("streamlens %s did not finish", qPrintable(args.join(' ')));
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2, p.readAllStandardOutput(),
            p.readAllStandardError()};
}

// The JSON object printed on stdout; a warning with the text when it is not JSON.
inline QJsonObject json(const QByteArray& text)
{
    QJsonParseError error;
    const auto doc = QJsonDocument::fromJson(text, &error);
    if (error.error != QJsonParseError::NoError)
        qWarning("not JSON (%s): %s", qPrintable(error.errorString()), text.left(400).constData());
    return doc.object();
}

} // namespace clitest
