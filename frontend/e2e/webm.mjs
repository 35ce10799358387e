// A playable, seekable WebM (VP8) made offline for the video specs: the frames are drawn on a canvas and encoded by
// the browser's own WebCodecs VP8 encoder (no ffmpeg needed), then muxed here: EBML header, Segment with Info
// (duration), Tracks, Cues (one per cluster, so a player seeks straight to the cluster it needs) and one Cluster a
// second. `padTo` makes the file that many bytes with EBML Void elements between the clusters (players skip them),
// so a long file puts its clusters far apart: seeking to the middle of the video reads from the middle of the file.
import { closeSync, openSync, writeSync } from 'node:fs';

const hex = (id) => Buffer.from(id, 'hex');

function vint(size, width) {
  const n = width ?? (size < 0x7f ? 1 : size < 0x3fff ? 2 : size < 0x1fffff ? 3 : size < 0xfffffff ? 4 : 8);
  const b = Buffer.alloc(n);
  let v = BigInt(size);
  for (let i = n - 1; i >= 0; i--) {
    b[i] = Number(v & 0xffn);
    v >>= 8n;
  }
  b[0] |= 0x80 >> (n - 1);
  return b;
}

const element = (id, ...payload) => {
  const body = Buffer.concat(payload);
  return Buffer.concat([hex(id), vint(body.length), body]);
};

function uint(value, width) {
  const n = width ?? Math.max(1, Math.ceil(value.toString(16).length / 2));
  const b = Buffer.alloc(n);
  let v = BigInt(value);
  for (let i = n - 1; i >= 0; i--) {
    b[i] = Number(v & 0xffn);
    v >>= 8n;
  }
  return b;
}

const uintElement = (id, value, width) => element(id, uint(value, width));
const text = (id, value) => element(id, Buffer.from(value, 'ascii'));

function voidElement(size) {
  // id 0xEC, an 8-byte size, then zeros: `size` bytes in all
  return { header: Buffer.concat([hex('ec'), vint(size - 9, 8)]), zeros: size - 9 };
}

/** Encodes `seconds` of frames (a moving colour, the second's number) with VP8 in the page; one key frame a second. */
export async function encodeFrames(page, { width = 320, height = 180, fps = 10, seconds = 6, bitrate = 300_000 } = {}) {
  return page.evaluate(
    async ({ width, height, fps, seconds, bitrate }) => {
      const chunks = [];
      let failure;
      const encoder = new VideoEncoder({
        output: (chunk) => {
          const data = new Uint8Array(chunk.byteLength);
          chunk.copyTo(data);
          let binary = '';
          for (let i = 0; i < data.length; i += 0x8000) binary += String.fromCharCode(...data.subarray(i, i + 0x8000));
          chunks.push({ key: chunk.type === 'key', ms: Math.round(chunk.timestamp / 1000), data: btoa(binary) });
        },
        error: (e) => {
          failure = e;
        },
      });
      encoder.configure({ codec: 'vp8', width, height, bitrate, framerate: fps });
      const canvas = new OffscreenCanvas(width, height);
      const context = canvas.getContext('2d');
      for (let i = 0; i < fps * seconds; i++) {
        context.fillStyle = `hsl(${(i * 9) % 360} 60% 35%)`;
        context.fillRect(0, 0, width, height);
        context.fillStyle = '#fff';
        context.fillRect((i * 7) % width, height / 2, 20, 20);
        context.font = `${Math.round(height / 3)}px sans-serif`;
        context.fillText(String(Math.floor(i / fps)), 10, Math.round(height / 3));
        const frame = new VideoFrame(canvas, { timestamp: Math.round((i * 1e6) / fps) });
        encoder.encode(frame, { keyFrame: i % fps === 0 });
        frame.close();
        if (encoder.encodeQueueSize > 30) await new Promise((r) => setTimeout(r, 0));
      }
      await encoder.flush();
      if (failure) throw failure;
      return chunks;
    },
    { width, height, fps, seconds, bitrate },
  );
}

/**
 * The WebM of encoded frames: a Buffer, or written to `path` when given (for a large `padTo`). Returns the size and
 * the duration in seconds.
 */
export function muxWebm(frames, { width = 320, height = 180, fps = 10, padTo = 0, path } = {}) {
  const clusters = [];
  for (const f of frames) {
    if (f.key || clusters.length === 0) clusters.push({ ms: f.ms, blocks: [] });
    const cluster = clusters[clusters.length - 1];
    const data = Buffer.from(f.data, 'base64');
    const head = Buffer.alloc(4);
    head[0] = 0x81; // track 1
    head.writeInt16BE(f.ms - cluster.ms, 1);
    head[3] = f.key ? 0x80 : 0x00;
    cluster.blocks.push(element('a3', head, data));
  }
  const durationMs = frames.length ? frames[frames.length - 1].ms + Math.round(1000 / fps) : 0;
  const duration = Buffer.alloc(8);
  duration.writeDoubleBE(durationMs);
  const ebml = element('1a45dfa3', uintElement('4286', 1), uintElement('42f7', 1), uintElement('42f2', 4), uintElement('42f3', 8),
    text('4282', 'webm'), uintElement('4287', 2), uintElement('4285', 2));
  const info = element('1549a966', uintElement('2ad7b1', 1_000_000), element('4489', duration), text('4d80', 'ro-e2e'), text('5741', 'ro-e2e'));
  const tracks = element('1654ae6b', element('ae', uintElement('d7', 1), uintElement('73c5', 1), uintElement('83', 1), uintElement('9c', 0),
    text('86', 'V_VP8'), element('e0', uintElement('b0', width), uintElement('ba', height))));
  const clusterBytes = clusters.map((c) => element('1f43b675', uintElement('e7', c.ms, 4), ...c.blocks));
  const cues = (positions) => element('1c53bb6b', ...clusters.map((c, i) =>
    element('bb', uintElement('b3', c.ms, 4), element('b7', uintElement('f7', 1), uintElement('f1', positions[i], 8)))));
  const head = Buffer.concat([info, tracks, cues(clusters.map(() => 0))]);
  const natural = ebml.length + 12 + head.length + clusterBytes.reduce((n, b) => n + b.length, 0);
  const padding = Math.max(0, padTo - natural);
  const pads = clusters.map((_, i) => {
    const share = Math.floor(padding / clusters.length) + (i === 0 ? padding % clusters.length : 0);
    return share >= 9 ? voidElement(share) : null;
  });
  const positions = [];
  let at = head.length;
  clusterBytes.forEach((b, i) => {
    positions.push(at);
    at += b.length + (pads[i] ? pads[i].header.length + pads[i].zeros : 0);
  });
  const segmentHead = Buffer.concat([hex('18538067'), vint(at, 8)]);
  const parts = [ebml, segmentHead, info, tracks, cues(positions)];
  const size = ebml.length + segmentHead.length + at;
  if (!path) {
    clusterBytes.forEach((b, i) => {
      parts.push(b);
      if (pads[i]) parts.push(pads[i].header, Buffer.alloc(pads[i].zeros));
    });
    return { buffer: Buffer.concat(parts), size, seconds: durationMs / 1000 };
  }
  const fd = openSync(path, 'w');
  try {
    for (const p of parts) writeSync(fd, p);
    const zeros = Buffer.alloc(8 * 1024 * 1024);
    clusterBytes.forEach((b, i) => {
      writeSync(fd, b);
      if (pads[i]) {
        writeSync(fd, pads[i].header);
        for (let left = pads[i].zeros; left > 0; left -= zeros.length) writeSync(fd, zeros, 0, Math.min(left, zeros.length));
      }
    });
  } finally {
    closeSync(fd);
  }
  return { size, seconds: durationMs / 1000 };
}

/**
 * Seeks the page's video to a fraction of its duration (the middle by default) and plays it (muted): the milliseconds
 * until `seeked` and until `playing`.
 */
export async function seekToMiddle(page, testId, fraction = 0.5) {
  return page.getByTestId(testId).evaluate(async (video, fraction) => {
    if (video.readyState < 1) await new Promise((resolve, reject) => {
      video.addEventListener('loadedmetadata', resolve, { once: true });
      video.addEventListener('error', () => reject(new Error(`video error ${video.error?.code}`)), { once: true });
    });
    video.muted = true;
    video.pause();
    const middle = video.duration * fraction;
    const start = performance.now();
    const seeked = new Promise((resolve) => video.addEventListener('seeked', () => resolve(performance.now() - start), { once: true }));
    const playing = new Promise((resolve) => video.addEventListener('playing', () => resolve(performance.now() - start), { once: true }));
    video.currentTime = middle;
    const seekedMs = await seeked;
    await video.play();
    const playingMs = await playing;
    return { duration: video.duration, middle, at: video.currentTime, seekedMs: Math.round(seekedMs), playingMs: Math.round(playingMs) };
  }, fraction);
}
