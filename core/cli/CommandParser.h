// SPDX-License-Identifier: MIT
#pragma once

#include "cli/CommandContext.h"

#include <QCommandLineParser>

#include <optional>

namespace streamlens::cli {

// QCommandLineParser that reports to the command's streams instead of exiting the process,
// and converts numeric options with a clear message on a bad value.
class CommandParser {
public:
    CommandParser(CommandContext& ctx, const QString& synopsis, const QString& description);

    QCommandLineParser& parser() { return m_parser; }
    void addOption(const QString& name, const QString& description, const QString& valueName = {},
                   const QString& defaultValue = {});
    void addPositional(const QString& name, const QString& description, const QString& syntax);

    // Parses; on --help prints the help and sets exitCode to Ok; on an error prints it and
    // sets exitCode to Usage. Returns true when the command should go on.
    bool parse(int& exitCode);

    bool isSet(const QString& name) const { return m_parser.isSet(name); }
    QString value(const QString& name) const { return m_parser.value(name); }
    QStringList values(const QString& name) const { return m_parser.values(name); }
    QStringList positional() const { return m_parser.positionalArguments(); }
    // Numeric option values; nullopt (after printing why) when the text is not a number in
    // [min, max].
    std::optional<long long> integer(const QString& name, long long min, long long max);
    std::optional<double> number(const QString& name, double min, double max);

private:
    CommandContext& m_ctx;
    QCommandLineParser m_parser;
    QString m_synopsis;
};

} // namespace streamlens::cli
