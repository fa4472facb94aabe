// SPDX-License-Identifier: MIT
#include "cli/CommandRegistry.h"

#include "cli/Commands.h"
#include "cli/ExitCode.h"

#include <algorithm>

namespace streamlens::cli {

CommandRegistry& CommandRegistry::instance()
{
    static CommandRegistry registry;
    return registry;
}

CommandRegistry::CommandRegistry()
{
    registerCoreCommands(*this);
}

void CommandRegistry::add(Command command)
{
    auto it = std::find_if(m_commands.begin(), m_commands.end(),
                           [&](const Command& c) { return c.name == command.name; });
    if (it != m_commands.end())
        *it = std::move(command);
    else
        m_commands.push_back(std::move(command));
}

const Command* CommandRegistry::find(const QString& name) const
{
    for (const auto& c : m_commands)
        if (c.name == name)
            return &c;
    return nullptr;
}

namespace {
void printUsage(std::ostream& os)
{
    os << "StreamLens " << STREAMLENS_VERSION << " - video streaming QoE analysis\n\n"
       << "Usage: streamlens                 start the desktop application\n"
       << "       streamlens <command> [options]\n\nCommands:\n";
    for (const auto& c : CommandRegistry::instance().commands())
        os << "  " << c.name.leftJustified(14).toStdString() << c.summary.toStdString() << "\n";
    os << "\nRun `streamlens <command> --help` for the options of a command.\n";
}
} // namespace

int runCommandLine(const QStringList& args, std::ostream& out, std::ostream& err)
{
    if (args.isEmpty() || args[0] == QLatin1String("help") || args[0] == QLatin1String("--help") ||
        args[0] == QLatin1String("-h")) {
        printUsage(out);
        return Ok;
    }
    if (args[0] == QLatin1String("--version")) {
        out << "streamlens " << STREAMLENS_VERSION << "\n";
        return Ok;
    }
    const Command* command = CommandRegistry::instance().find(args[0]);
    if (!command) {
        err << "streamlens: unknown command '" << args[0].toStdString() << "'\n\n";
        printUsage(err);
        return Usage;
    }
    CommandContext context{args, out, err};
    try {
        return command->run(context);
    } catch (const std::bad_alloc&) {
        err << "streamlens " << args[0].toStdString() << ": out of memory\n";
    } catch (const std::exception& e) {
        err << "streamlens " << args[0].toStdString() << ": " << e.what() << "\n";
    }
    return Failure;
}

} // namespace streamlens::cli
