// SPDX-License-Identifier: MIT
#include "io/mapping/ForeignPreview.h"

#include "io/mapping/ForeignReader.h"

#include <QDir>
#include <QTemporaryDir>

namespace streamlens::io::mapping {

ForeignPreview previewForeign(const std::string& path, const CsvFormat& format, size_t maxRows)
{
    ForeignPreview preview;
    QTemporaryDir scratch(QDir::tempPath() + "/streamlens-preview-XXXXXX");
    if (!scratch.isValid()) {
        preview.error = "cannot create a temporary folder: " + scratch.errorString().toStdString();
        return preview;
    }
    ForeignReader reader;
    ForeignReader::Options options;
    options.maxDecodeBytes = uint64_t(4) << 20;
    options.blockSize = size_t(1) << 20;
    if (!reader.open(path, format, scratch.path().toStdString(), preview.error, options))
        return preview;
    preview.columns = reader.columnNames();
    preview.encoding = reader.encoding();
    CsvRecord record;
    while (preview.rows.size() < maxRows && reader.next(record)) {
        std::vector<std::string> row;
        for (auto f : record.fields)
            row.emplace_back(f);
        preview.rows.push_back(std::move(row));
        preview.lines.push_back(record.line);
    }
    // A decoded preview may end inside a record; rows read so far are still worth showing.
    if (reader.failed() && preview.rows.empty())
        preview.error = reader.error();
    return preview;
}

} // namespace streamlens::io::mapping
