package notice

// spacedHanDate is a date in Chinese numerals standing between spaces in
// a notice a page served as one line (宁波市人民政府办公厅 二00四年四月二十四日
// 2004年《…》主要任务分解): the signature's date, on a line of its own.
// Its zeros may be written 〇, ○, 零, O or the digit 0, as copies of older
// notices do.
const spacedHanDate = `[ \x{3000}]+[〇○零OＯ0０一二三四五六七八九]{4}年[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}日(?:[ \x{3000}]+|$)`
