import { attributes, escapeHtml, html, idList, SafeHtml } from './html';

describe('the html template', () => {
  it('escapes every interpolated text, in content and in attributes', () => {
    const text = '<script>alert("x")</script> & \'';
    expect(html`<p title="${text}">${text}</p>`.value).toBe(
      '<p title="&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;">&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;</p>',
    );
  });

  it('keeps markup it made itself, and joins lists', () => {
    const items = ['a<', 'b'].map((item) => html`<li>${item}</li>`);
    expect(html`<ul>${items}</ul>`.value).toBe('<ul><li>a&lt;</li><li>b</li></ul>');
  });

  it('writes nothing for null, undefined and false, and numbers as text', () => {
    expect(html`${null}${undefined}${false}${0}${42}`.value).toBe('042');
  });

  it('writes optional attributes only when they have a value', () => {
    expect(attributes({ type: 'radio', checked: true, disabled: false, value: 0, title: undefined, 'aria-describedby': null }).value).toBe(' type="radio" checked value="0"');
    expect(attributes({ href: '"><script>' }).value).toBe(' href="&quot;&gt;&lt;script&gt;"');
  });

  it('lists ids for aria-describedby, or none', () => {
    expect(idList('a', undefined, false, 'b')).toBe('a b');
    expect(idList(undefined, false)).toBeUndefined();
  });

  it('escapes the five characters that matter and nothing else', () => {
    expect(escapeHtml('æøå – "\'<>&')).toBe('æøå – &quot;&#39;&lt;&gt;&amp;');
    expect(new SafeHtml('<b>').toString()).toBe('<b>');
  });
});
