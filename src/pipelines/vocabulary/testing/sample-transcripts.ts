/** A short Japanese stream's subtitles as YouTube would give them: slang, stream terms and casual grammar. */
export const japaneseVtt = `WEBVTT

00:00:01.000 --> 00:00:03.000
こんばんは！にじさんじの新人です

00:00:03.200 --> 00:00:06.000
今日はホロライブの先輩とコラボ配信やってるんだけど

00:00:06.100 --> 00:00:08.000
スパチャありがとう！

00:00:10.000 --> 00:00:12.000
このボス難しすぎｗｗｗｗ

00:01:03.000 --> 00:01:05.000
相変わらず憂鬱な概念だ
`;

/** English subtitles: the studio must refuse them. */
export const englishVtt = `WEBVTT

00:00:01.000 --> 00:00:03.000
Good evening everyone, welcome to the stream

00:00:03.500 --> 00:00:06.000
Today we are playing the new boss fight
`;

/** Times out of order: the second cue starts before the first. */
export const outOfOrderSrt = `1
00:00:10,000 --> 00:00:12,000
こんばんは

2
00:00:02,000 --> 00:00:04,000
配信はじめます
`;
