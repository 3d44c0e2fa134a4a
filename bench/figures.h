#pragma once

#include <QJsonObject>

// The figures of bench/README.md, one function each, in files by kind
// (figures 8 and 9 have headers of their own: bench/indexbench.h,
// bench/overviewbench.h). Each returns its run's JSON object, or prints one
// per repetition; a run that cannot measure throws BenchFailure
// (bench/benchsupport.h).
namespace bench {

// bench/walkfigures.cpp
QJsonObject figureWalk(int rows);    // 1: Load all beside a curl floor
QJsonObject figureWalkTls(int rows); // 1b: figure 1 over TLS (and HTTP/2 through nginx)
QJsonObject figurePaced(int rows);   // 7: Load all at 150 ms a page, burst limit on
QJsonObject diagnoseWalk(int rows);  // not a figure: figure 1's time per page, step by step

// bench/modelfigures.cpp
QJsonObject figureMemory(int rows);      // 2: peak RSS per row over JSON bytes per row
void figureFilter(int rows, int repeat); // 3: the quick filter per keystroke
void figureSort(int rows, int repeat);   // 4: local sort by customer account
void figureExport(int rows, int repeat); // 11: every loaded row exported, CSV and JSON
QJsonObject figureGui(int rows);         // 6: the event loop's longest block during Load all

// bench/startfigures.cpp
QJsonObject figureStart(int rows);      // 5: process start to the first page of offerings painted
QJsonObject figureIndexStart(int rows); // 10: process start to instances painted from the index

// bench/indexmemory.cpp
QJsonObject figureIndexMemory(int rows); // 8b: peak RSS per instance with the local index in use

} // namespace bench
