/** The characters whose widths src/core/render/text-widths.generated.ts holds, in its order. */
export const TEXT_WIDTH_CHARS: string =
  ' !"#$%&\'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~' +
  '\u00a0\u00a7\u00ab\u00b0\u00b1\u00bb\u00d7' +
  'ЁАБВГДЕЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯабвгдежзийклмнопрстуфхцчшщъыьэюяё' +
  '\u2010\u2013\u2014\u2018\u2019\u201c\u201e\u2026\u2116\u20bd\u2212';
