// SPDX-License-Identifier: MIT
#include "cli/CommandParser.h"

#include "cli/ExitCode.h"

namespace streamlens::cli {

CommandParser::CommandParser(CommandContext& ctx, const QString& synopsis,
                             const QString& description)
    : m_ctx(ctx)
    , m_synopsis(synopsis)
{
    m_parser.setApplicationDescription(description);
    m_parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    m_parser.addOption(QCommandLineOption({"h", "help"}, "Show this help."));
}

void CommandParser::addOption(const QString& name, const QString& description,
                              const QString& valueName, const QString& defaultValue)
{
    QCommandLineOption option(name, description, valueName, defaultValue);
    m_parser.addOption(option);
}

void CommandParser::addPositional(const QString& name, const QString& description,
                                  const QString& syntax)
{
    m_parser.addPositionalArgument(name, description, syntax);
}

bool CommandParser::parse(int& exitCode)
{
    const QString command = m_ctx.arguments.value(0);
    if (!m_parser.parse(m_ctx.arguments)) {
        m_ctx.err << "streamlens " << command.toStdString() << ": "
                  << m_parser.errorText().toStdString() << "\nUsage: " << m_synopsis.toStdString()
                  << "\n";
        exitCode = Usage;
        return false;
    }
    if (m_parser.isSet("help")) {
        // Qt's help text names the running binary; the synopsis is what users type.
        QString help = m_parser.helpText();
        const int firstBreak = help.indexOf('\n');
        help = "Usage: " + m_synopsis + (firstBreak >= 0 ? help.mid(firstBreak) : QString());
        m_ctx.out << help.toStdString();
        exitCode = Ok;
        return false;
    }
    return true;
}

std::optional<long long> CommandParser::integer(const QString& name, long long min, long long max)
{
    bool ok = false;
    QString text = value(name);
    text.remove('_');
    const long long v = text.toLongLong(&ok);
    if (!ok || v < min || v > max) {
        m_ctx.err << "streamlens " << m_ctx.arguments.value(0).toStdString() << ": --"
                  << name.toStdString() << " must be a whole number from " << min << " to " << max
                  << ", not '" << value(name).toStdString() << "'\n";
        return std::nullopt;
    }
    return v;
}

std::optional<double> CommandParser::number(const QString& name, double min, double max)
{
    bool ok = false;
    const double v = value(name).toDouble(&ok);
    if (!ok || v < min || v > max) {
        m_ctx.err << "streamlens " << m_ctx.arguments.value(0).toStdString() << ": --"
                  << name.toStdString() << " must be a number from " << min << " to " << max
                  << ", not '" << value(name).toStdString() << "'\n";
        return std::nullopt;
    }
    return v;
}

} // namespace streamlens::cli
