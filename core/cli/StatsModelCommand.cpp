// SPDX-License-Identifier: MIT
#include "analysis/ModelRunner.h"
#include "analysis/QuestionRunner.h"
#include "analysis/ValueFormat.h"
#include "cli/ExitCode.h"
#include "cli/StatsCommands.h"
#include "cli/StatsSupport.h"
#include "cli/TextTable.h"

#include <cmath>

namespace streamlens::cli::stats {

namespace {

using analysis::ValueFormat;

std::string optional(const std::optional<double>& v, int digits = 4)
{
    return v ? ValueFormat::number(*v, digits) : "n/a";
}

void printModel(std::ostream& os, const analysis::ModelAnswer& a)
{
    const bool logistic = a.request.kind == analysis::ModelKind::Logistic;
    std::vector<std::string> header{"term", "estimate", "std. error", logistic ? "z" : "t",
                                    "p",    "CI low",   "CI high"};
    if (logistic)
        header.push_back("odds ratio");
    TextTable table(header);
    for (const auto& t : a.terms) {
        const auto& c = t.coefficient;
        std::vector<std::string> row{c.name,
                                     ValueFormat::number(c.estimate, 4),
                                     ValueFormat::number(c.standardError, 3),
                                     ValueFormat::number(c.statistic, 4),
                                     ValueFormat::pCell(c.pValue),
                                     ValueFormat::number(c.ciLow, 4),
                                     ValueFormat::number(c.ciHigh, 4)};
        if (logistic)
            row.push_back(ValueFormat::number(std::exp(c.estimate), 4));
        table.addRow(row);
    }
    table.print(os);
    const std::string unit = std::string(analysis::levelName(a.request.level)) + "s";
    os << "\nn = " << a.n << " " << unit << " of " << a.units << " (" << a.nullValues
       << " with a null value left out";
    if (a.excludedWhen > 0)
        os << ", " << a.excludedWhen << " excluded by condition";
    os << ").\n";
    const auto& f = a.fit;
    if (logistic)
        os << "Deviance " << optional(f.deviance, 6) << " (null " << optional(f.nullDeviance, 6)
           << "), McFadden R² " << optional(f.pseudoRSquared) << ", AIC " << optional(f.aic, 6)
           << ".\n";
    else
        os << "R² " << optional(f.rSquared) << ", adjusted " << optional(f.adjRSquared)
           << ", residual SE " << optional(f.sigma) << ", AIC " << optional(f.aic, 6) << ".\n";
    const auto& h = a.holdout;
    if (logistic && h.confusion)
        os << "Held-out " << h.nTest << " (trained on " << h.nTrain << "): AUC "
           << optional(h.auc, 3) << ", accuracy " << optional(h.accuracy, 3) << ", precision "
           << optional(h.precision, 3) << ", recall " << optional(h.recall, 3) << " at threshold "
           << h.threshold << " (TP " << h.confusion->truePositive << ", FP "
           << h.confusion->falsePositive << ", TN " << h.confusion->trueNegative << ", FN "
           << h.confusion->falseNegative << ").\n";
    if (!logistic && h.rmse)
        os << "Held-out " << h.nTest << " (trained on " << h.nTrain << "): RMSE "
           << optional(h.rmse) << ", R² " << optional(h.rSquared) << ".\n";
    if (!h.note.empty())
        os << "Holdout: " << h.note << "\n";
}

} // namespace

int runModel(CommandContext& ctx)
{
    std::string questionList;
    for (const auto& q : analysis::questions())
        questionList += (questionList.empty() ? "" : ", ") + std::string(q.key);
    CommandParser parser(
        ctx,
        "streamlens stats model [--db STORE | --csv DIR] (--kind logistic|linear --target KEY "
        "--features K1,K2,... | --question NAME) [--level user|session] [--seed S] "
        "[--test-fraction F] [--threshold T] [--reference DIM=LEVEL] [--exclude-when KEY] "
        "[--where ...] [--json]",
        QString::fromStdString(
            "Linear or logistic regression of a target on features of the users (default) or "
            "sessions in the filter. Dimensions among the features become treatment dummies "
            "(reference: the first level alphabetically, or --reference). Coefficients and fit "
            "measures come from all units used; AUC, accuracy, precision, recall and the "
            "confusion matrix (test RMSE and R² for linear models) from a refit on a seeded "
            "training split, evaluated on the held-out part. Ready-made questions: " +
            questionList + "."));
    addCommonOptions(parser);
    parser.addOption("kind", "linear or logistic.", "KIND");
    parser.addOption("target", "Variable explained (0/1 for logistic, e.g. churned).", "KEY");
    parser.addOption("features", "Explanatory variables, comma separated.", "K1,K2,...");
    parser.addOption(
        "question", "A ready-made question: " + QString::fromStdString(questionList) + ".", "NAME");
    parser.addOption("level", "user (default) or session.", "LEVEL");
    parser.addOption("seed", "Seed of the train/test split (default 1).", "S", "1");
    parser.addOption("test-fraction",
                     "Share held out for the predictive measures (default 0.25; "
                     "0 = none).",
                     "F", "0.25");
    parser.addOption("threshold", "Logistic: predicted positive when p ≥ T (default 0.5).", "T",
                     "0.5");
    parser.addOption("reference",
                     "Reference level of a dimension feature, e.g. plan=free "
                     "(repeatable).",
                     "DIM=LEVEL");
    parser.addOption("exclude-when", "Leave out units where this 0/1 variable is 1 (repeatable).",
                     "KEY");
    parser.addOption("confidence", "Level of the coefficient intervals (default 0.95).", "P");
    int code = Ok;
    if (!parser.parse(code))
        return code;
    const auto seed = parser.integer("seed", 0, std::numeric_limits<long long>::max());
    const auto fraction = parser.number("test-fraction", 0.0, 0.9);
    const auto threshold = parser.number("threshold", 1e-9, 1.0 - 1e-9);
    const auto confidence = confidenceOption(parser, code);
    if (!seed || !fraction || !threshold || !confidence)
        return Usage;

    if (parser.isSet("question")) {
        const auto question = analysis::findQuestion(parser.value("question").toStdString());
        if (!question)
            return fail(ctx,
                        "unknown question '" + parser.value("question").toStdString() +
                            "'; questions: " + questionList,
                        Usage);
        for (const char* option :
             {"kind", "target", "features", "level", "reference", "exclude-when"})
            if (parser.isSet(option))
                return fail(ctx, std::string("--question fixes the model; drop --") + option,
                            Usage);
        auto loaded = loadSelection(parser, ctx, code);
        if (!loaded)
            return code;
        const auto answer = analysis::QuestionRunner::run(*loaded->data, loaded->selection,
                                                          *question, static_cast<uint64_t>(*seed));
        if (!answer)
            return dataCannotAnswer(ctx, answer.error());
        if (parser.isSet("json")) {
            printJson(ctx.out, answer->toJson());
        } else {
            ctx.out << answer->sentence << "\n\n";
            printModel(ctx.out, answer->model);
        }
        return Ok;
    }

    const auto level = levelOption(parser, ctx, analysis::Level::User, code);
    if (!level)
        return code;
    if (!parser.isSet("kind"))
        return fail(ctx, "give --kind linear|logistic (or --question NAME)", Usage);
    const auto kind = analysis::parseModelKind(parser.value("kind").toStdString());
    if (!kind)
        return fail(ctx,
                    "--kind must be linear or logistic, not '" +
                        parser.value("kind").toStdString() + "'",
                    Usage);
    analysis::ModelRequest r;
    r.kind = *kind;
    r.level = *level;
    r.target = parser.value("target").toStdString();
    r.features = listOption(parser, "features");
    r.seed = static_cast<uint64_t>(*seed);
    r.testFraction = *fraction;
    r.threshold = *threshold;
    r.confidence = *confidence;
    r.excludeWhen = listOption(parser, "exclude-when");
    for (const auto& ref : listOption(parser, "reference")) {
        const auto eq = ref.find('=');
        if (eq == std::string::npos || eq == 0 || eq + 1 == ref.size())
            return fail(ctx, "--reference takes DIM=LEVEL, not '" + ref + "'", Usage);
        r.references.emplace_back(ref.substr(0, eq), ref.substr(eq + 1));
    }
    return answerRequest<analysis::ModelRunner>(parser, ctx, r,
                                                [](std::ostream& os, const auto& answer) {
                                                    os << answer.sentence << "\n\n";
                                                    printModel(os, answer);
                                                });
}

} // namespace streamlens::cli::stats
