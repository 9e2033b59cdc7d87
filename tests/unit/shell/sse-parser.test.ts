// The desk reads the team server's event stream itself (it must send a Bearer header):
// events arrive whole however the bytes are cut, with their ids, across line-ending styles.
import { describe, expect, it } from 'vitest';
import { SseParser } from '../../../electron/shell/sse-parser.ts';

describe('reading a text/event-stream', () => {
  it('gives each event its id and data once the blank line ends it, however the chunks fall', () => {
    const text = ': connected\n\nid: 7\ndata: {"seq":7}\n\nid: 8\ndata: {"seq":8}\n\n';
    for (let cut = 0; cut <= text.length; cut++) {
      const parser = new SseParser();
      const events = [...parser.push(text.slice(0, cut)), ...parser.push(text.slice(cut))];
      expect(events, `cut at ${cut}`).toEqual([
        { id: '7', event: 'message', data: '{"seq":7}' },
        { id: '8', event: 'message', data: '{"seq":8}' },
      ]);
    }
  });

  it('joins multi-line data, reads CRLF and CR line ends, and keeps the last id for events without one', () => {
    const parser = new SseParser();
    expect(parser.push('id: 3\r\ndata: a\r\ndata:b\r\n\r\nevent: ping\rdata: c\r\r\n')).toEqual([
      { id: '3', event: 'message', data: 'a\nb' },
      { id: '3', event: 'ping', data: 'c' },
    ]);
  });

  it('waits for the end of an event: nothing half-read is delivered', () => {
    const parser = new SseParser();
    expect(parser.push('id: 9\ndata: {"seq":9}\n')).toEqual([]);
    expect(parser.push('\n')).toEqual([{ id: '9', event: 'message', data: '{"seq":9}' }]);
  });
});
