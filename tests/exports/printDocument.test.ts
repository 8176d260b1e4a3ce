import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { A4, A4_LANDSCAPE } from '../../main/exports/pdf/geometry.ts';
import { printDocumentCsp, printDocumentHtml } from '../../main/exports/printDocument.ts';

// The print document of the desktop app's print path: one full-page image per sheet of paper, the
// paper the page's own size with no margins, no script, and a CSP that allows nothing else.

const page = (src: string, size: { width: number; height: number } = A4) => ({ src, ...size });

describe('printDocumentHtml', () => {
  it('puts one image per page, each on its own A4 sheet with margin 0, the last without a break after', () => {
    const html = printDocumentHtml([page('page-0001.png'), page('page-0002.png'), page('page-0003.png')], '113學年度 學校基本資料表');
    const sheets = [...html.matchAll(/<div class="sheet (\w+)"><img src="([^"]+)" alt="第 (\d+) 頁"><\/div>/g)];
    expect(sheets.map((m) => [m[1], m[2], m[3]])).toEqual([
      ['paper1', 'page-0001.png', '1'],
      ['paper1', 'page-0002.png', '2'],
      ['paper1', 'page-0003.png', '3'],
    ]);
    expect(html.match(/<img /g)).toHaveLength(3);
    expect(html).toContain('@page{size:210.0mm 297.0mm;margin:0}');
    expect(html).toContain('@page paper1{size:210.0mm 297.0mm;margin:0}');
    expect(html).toContain('.sheet{overflow:hidden;break-after:page;page-break-after:always}.sheet:last-child{break-after:auto;page-break-after:auto}');
    expect(html).toContain('<title>113學年度 學校基本資料表</title>');
  });

  it('gives a landscape page its own named paper size', () => {
    const html = printDocumentHtml([page('a.png'), page('b.png', A4_LANDSCAPE), page('c.png')], 't');
    expect(html).toContain('@page paper2{size:297.0mm 210.0mm;margin:0}');
    expect(html).toContain('.paper2{page:paper2;width:297.0mm;height:210.0mm}');
    expect([...html.matchAll(/class="sheet (\w+)"/g)].map((m) => m[1])).toEqual(['paper1', 'paper2', 'paper1']);
  });

  it('has no script and a CSP that allows only images and its own style block', () => {
    const html = printDocumentHtml([page('data:image/png;base64,iVBORw0KGgo=')], 'x');
    expect(html).not.toMatch(/<script|javascript:|\son\w+=/i);
    const style = /<style>(.*)<\/style>/.exec(html)![1]!;
    const hash = createHash('sha256').update(style).digest('base64');
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)![1]!.replace(/&#39;|&quot;/g, "'");
    expect(csp).toBe(printDocumentCsp(style));
    expect(csp).toContain(`style-src 'sha256-${hash}'`);
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("script-src 'none'");
    expect(csp).toContain('img-src file: data:');
    expect(csp).not.toContain('unsafe');
  });

  it('escapes the title and the image sources', () => {
    const html = printDocumentHtml([page('a"><script>alert(1)</script>.png')], '</title><script>x()</script> & 臺中市');
    expect(html).not.toContain('<script>');
    expect(html).toContain('<title>&lt;/title&gt;&lt;script&gt;x()&lt;/script&gt; &amp; 臺中市</title>');
    expect(html).toContain('src="a&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;.png"');
  });

  it('refuses an empty document', () => {
    expect(() => printDocumentHtml([], 'x')).toThrow(RangeError);
  });
});
