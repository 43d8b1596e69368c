/**
 * The paragraphs of tests/word-files/styles.doc, as tests/word-files/make-sources.ts typed them:
 * [paragraph style, text]; the style numbers the paragraph (`Phan` `I.`, `Muc` `1.`, `Diem` `a)`).
 */
export const STYLED: [string | null, string][] = [
  [null, 'Thường trực Tỉnh ủy kết luận như sau:'],
  ['Phan', 'Đánh giá kết quả thực hiện nhiệm vụ quý III'],
  ['Muc', 'Công tác xây dựng Đảng được quan tâm thực hiện.'],
  ['Diem', 'Công tác tuyên truyền được triển khai kịp thời.'],
  ['Diem', 'Công tác kiểm tra, giám sát được tăng cường.'],
  ['Muc', 'Kinh tế - xã hội tiếp tục phát triển.'],
  ['Phan', 'Nhiệm vụ trọng tâm quý IV'],
  ['Muc', 'Ủy ban nhân dân tỉnh chỉ đạo đẩy nhanh giải ngân vốn đầu tư công.'],
];
