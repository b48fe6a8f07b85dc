/** Titles a plan could carry to break a page or a pull-request comment, and what a reader should see instead. */
export const HOSTILE = [
    '<script>alert(1)</script>',
    '<img src=x onerror=alert(1)>',
    'a|b',
    'pipe \\| escaped',
    '`code`',
    '```',
    '**bold**',
    '_under_ *star*',
    '~~struck~~',
    '[link](javascript:x)',
    '![image](http://x/y.png)',
    '<https://evil.example>',
    'see www.evil.example and https://evil.example',
    'mail me@evil.example',
    '$x^2$ math',
    '&lt;already&gt; &amp; &#60;',
    'line one\nline two\r\nline three\u2028four',
    '# heading',
    '- list item',
    '1. ordered',
    '> quote',
    '| --- |',
    'trailing backslash \\',
    '[^1] footnote',
    '\u202eevil bidi'
];

/** What a reader should see for a hostile title: the same characters on one line. */
export function visible(title: string): string {
    return title.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]+/g, ' ').replace(/\s+/g, ' ').trim();
}

