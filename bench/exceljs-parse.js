// Baseline for the CLI benchmark: ExcelJS parsing the file alone, nothing else.
const ExcelJS = require('exceljs');
const fs = require('fs');
const workbook = new ExcelJS.Workbook();
workbook.xlsx.load(fs.readFileSync(process.argv[2])).then(() => {
  let rows = 0;
  workbook.eachSheet((sheet) => (rows += sheet.rowCount));
  if (rows === 0) process.exit(3);
});
