// SPDX-License-Identifier: MIT
#pragma once

// Small helpers shared by the generator tests: reading files, a strict RFC 4180 reader, and
// the plain statistics the realism checks need (computed here, independently of the KPI
// engine).

#include <Eigen/Dense>
#include <QByteArray>
#include <QFile>
#include <QString>

#include <algorithm>
#include <cmath>
#include <optional>
#include <string>
#include <vector>

namespace generator_test {

inline QByteArray readAll(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

// Parses CSV text per RFC 4180 (quoted fields with doubled quotes, commas and line breaks).
// Returns nullopt on malformed quoting, so a writer bug cannot hide behind a lenient reader.
inline std::optional<std::vector<std::vector<std::string>>> parseCsv(const QByteArray& text)
{
    std::vector<std::vector<std::string>> rows;
    std::vector<std::string> row;
    std::string field;
    bool quoted = false, fieldStarted = false;
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const char c = text[i];
        if (quoted) {
            if (c == '"') {
                if (i + 1 < n && text[i + 1] == '"') {
                    field += '"';
                    ++i;
                } else {
                    quoted = false;
                    if (i + 1 < n && text[i + 1] != ',' && text[i + 1] != '\n')
                        return std::nullopt; // text after a closing quote
                }
            } else {
                field += c;
            }
            continue;
        }
        if (c == '"') {
            if (fieldStarted && !field.empty())
                return std::nullopt; // quote in the middle of an unquoted field
            quoted = true;
            fieldStarted = true;
        } else if (c == ',') {
            row.push_back(field);
            field.clear();
            fieldStarted = false;
        } else if (c == '\n') {
            row.push_back(field);
            rows.push_back(row);
            row.clear();
            field.clear();
            fieldStarted = false;
        } else {
            field += c;
            fieldStarted = true;
        }
    }
    if (quoted)
        return std::nullopt;
    if (fieldStarted || !row.empty()) {
        row.push_back(field);
        rows.push_back(row);
    }
    return rows;
}

// Median as R's quantile(type = 7) at 0.5.
template <typename T> double median(std::vector<T> v)
{
    if (v.empty())
        return std::nan("");
    std::sort(v.begin(), v.end());
    const size_t m = v.size() / 2;
    return v.size() % 2 ? double(v[m]) : (double(v[m - 1]) + double(v[m])) / 2.0;
}

// Ordinary least squares slope of y on x.
inline double olsSlope(const std::vector<double>& x, const std::vector<double>& y)
{
    double mx = 0, my = 0;
    for (size_t i = 0; i < x.size(); ++i) {
        mx += x[i];
        my += y[i];
    }
    mx /= double(x.size());
    my /= double(y.size());
    double sxy = 0, sxx = 0;
    for (size_t i = 0; i < x.size(); ++i) {
        sxy += (x[i] - mx) * (y[i] - my);
        sxx += (x[i] - mx) * (x[i] - mx);
    }
    return sxy / sxx;
}

// Logistic regression by iteratively reweighted least squares (Newton-Raphson); X must
// include the intercept column. Same estimates as R's glm(family = binomial).
inline Eigen::VectorXd logisticRegression(const Eigen::MatrixXd& X, const Eigen::VectorXd& y)
{
    Eigen::VectorXd b = Eigen::VectorXd::Zero(X.cols());
    for (int iter = 0; iter < 50; ++iter) {
        const Eigen::VectorXd eta = X * b;
        const Eigen::VectorXd p = (1.0 + (-eta.array()).exp()).inverse().matrix();
        const Eigen::VectorXd w = (p.array() * (1.0 - p.array())).matrix();
        const Eigen::MatrixXd H = X.transpose() * w.asDiagonal() * X;
        const Eigen::VectorXd step = H.ldlt().solve(X.transpose() * (y - p));
        b += step;
        if (step.cwiseAbs().maxCoeff() < 1e-10)
            break;
    }
    return b;
}

} // namespace generator_test
