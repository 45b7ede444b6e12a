using System.Text.Json;

namespace Signpost.Data.OpenReferralImport;

/// <summary>
/// Streams the records of a JSON feed file without loading it whole: a top-level array, a list page
/// (<c>{"contents": [...]}</c> in 3.0, <c>{"content": [...], "totalElements": n}</c> in Spring pages),
/// one record on its own, or several top-level values one after another (ndjson). Only one record
/// (and a 64 KB window) is held at a time.
/// </summary>
public static class JsonRecordStream
{
    private static readonly JsonReaderOptions Options = new() { AllowMultipleValues = true, CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    private enum Mode
    {
        TopLevel,
        Items,
        PageRest,
    }

    /// <summary>Throws <see cref="JsonException"/> when the file is not JSON; the records before the bad part have been yielded by then.</summary>
    public static IEnumerable<JsonElement> Read(Stream stream)
    {
        var buffer = new byte[1 << 16];
        int start = 0, end = 0;
        var final = false;
        var state = new JsonReaderState(Options);
        var mode = Mode.TopLevel;
        var itemDepth = 0;
        var output = new List<JsonElement>();
        var first = true;
        while (true)
        {
            var consumed = Process(buffer.AsSpan(start, end - start), final, ref state, ref mode, ref itemDepth, output);
            start += consumed;
            foreach (var element in output)
            {
                yield return element;
            }

            var progressed = consumed > 0 || output.Count > 0;
            output.Clear();
            if (progressed)
            {
                continue;
            }

            if (final)
            {
                if (start < end && buffer.AsSpan(start, end - start).Trim(" \t\r\n"u8).Length > 0)
                {
                    throw new JsonException("The file ends in the middle of a record.");
                }

                yield break;
            }

            // Need more data: keep what is unread at the front, grow when a single record fills the window.
            if (start > 0)
            {
                Buffer.BlockCopy(buffer, start, buffer, 0, end - start);
                end -= start;
                start = 0;
            }

            if (end == buffer.Length)
            {
                Array.Resize(ref buffer, buffer.Length * 2);
            }

            var read = stream.Read(buffer, end, buffer.Length - end);
            if (first && read >= 3 && end == 0 && buffer[0] == 0xEF && buffer[1] == 0xBB && buffer[2] == 0xBF)
            {
                Buffer.BlockCopy(buffer, 3, buffer, 0, read - 3);
                read -= 3;
            }

            first = false;
            end += read;
            final = read == 0;
        }
    }

    /// <summary>Reads as many whole records as the data holds; returns how many bytes are done with.</summary>
    private static int Process(ReadOnlySpan<byte> data, bool final, ref JsonReaderState state, ref Mode mode, ref int itemDepth, List<JsonElement> output)
    {
        var reader = new Utf8JsonReader(data, final, state);
        var done = 0;
        var doneState = state;
        while (true)
        {
            var before = reader;
            if (!reader.Read())
            {
                state = doneState;
                return done;
            }

            switch (mode)
            {
                case Mode.TopLevel when reader.TokenType == JsonTokenType.StartArray:
                    mode = Mode.Items;
                    itemDepth = reader.CurrentDepth + 1;
                    break;
                case Mode.TopLevel when reader.TokenType == JsonTokenType.StartObject:
                    // A page or one record? Scan its properties; if the data runs out first, start again from the brace with more.
                    var scan = reader;
                    var outcome = ScanObject(ref scan, data, (int)before.BytesConsumed, output, out var page);
                    if (outcome is null)
                    {
                        state = doneState;
                        return done;
                    }

                    reader = scan;
                    mode = page ? Mode.Items : Mode.TopLevel;
                    itemDepth = 2;
                    break;
                case Mode.TopLevel:
                    break;
                case Mode.Items when reader.TokenType == JsonTokenType.EndArray && reader.CurrentDepth == itemDepth - 1:
                    mode = itemDepth == 1 ? Mode.TopLevel : Mode.PageRest;
                    break;
                case Mode.Items:
                    if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
                    {
                        var probe = reader;
                        if (!probe.TrySkip())
                        {
                            state = doneState;
                            return done;
                        }
                    }

                    using (var document = JsonDocument.ParseValue(ref reader))
                    {
                        output.Add(document.RootElement.Clone());
                    }

                    break;
                case Mode.PageRest when reader.TokenType == JsonTokenType.EndObject && reader.CurrentDepth == 0:
                    mode = Mode.TopLevel;
                    break;
                case Mode.PageRest:
                    if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray && !reader.TrySkip())
                    {
                        state = doneState;
                        return done;
                    }

                    break;
            }

            done = (int)reader.BytesConsumed;
            doneState = reader.CurrentState;
        }
    }

    /// <summary>
    /// Inside a top-level object: stops on a "contents" or "content" array (a page: true) or reads the whole
    /// object as one record. Null when the data ends first.
    /// </summary>
    private static bool? ScanObject(ref Utf8JsonReader reader, ReadOnlySpan<byte> data, int objectStart, List<JsonElement> output, out bool page)
    {
        page = false;
        while (reader.Read())
        {
            if (reader.TokenType == JsonTokenType.EndObject && reader.CurrentDepth == 0)
            {
                using var document = JsonDocument.Parse(data[objectStart..(int)reader.BytesConsumed].ToArray());
                output.Add(document.RootElement.Clone());
                return true;
            }

            if (reader.TokenType != JsonTokenType.PropertyName)
            {
                continue;
            }

            var isItems = reader.ValueTextEquals("contents"u8) || reader.ValueTextEquals("content"u8);
            if (!reader.Read())
            {
                return null;
            }

            if (isItems && reader.TokenType == JsonTokenType.StartArray)
            {
                page = true;
                return true;
            }

            if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray && !reader.TrySkip())
            {
                return null;
            }
        }

        return null;
    }
}
