using System.Buffers.Binary;
using System.Diagnostics.CodeAnalysis;

namespace Twitchwise.Domain.Import;

/// <summary>One <c>record</c> message (global 20): a sample taken during the activity, in SI units.</summary>
/// <param name="Timestamp">Seconds since the FIT epoch (1989-12-31T00:00:00Z); values below 0x10000000 are device-relative.</param>
internal sealed record FitRecord(
    uint? Timestamp,
    int? HeartRate,
    int? Cadence,
    double? SpeedMetersPerSecond,
    double? DistanceMeters,
    int? PositionLatSemicircles,
    int? PositionLongSemicircles,
    double? AltitudeMeters,
    int? TemperatureCelsius)
{
    public DateTimeOffset? Time => FitTime.ToUtc(Timestamp);
}

/// <summary>One <c>session</c> message (global 18): the device's own summary of a (part of a) workout.</summary>
internal sealed record FitSession(
    uint? StartTime,
    uint? Timestamp,
    int? Sport,
    int? SubSport,
    double? ElapsedSeconds,
    double? TimerSeconds,
    double? DistanceMeters,
    int? AverageHeartRate,
    int? MaxHeartRate);

/// <summary>What a FIT stream holds, over all of its chained files.</summary>
/// <param name="FileTypes">The <c>file_id.type</c> of each chained file, in order; null when a file has no file_id.</param>
internal sealed record FitContent(
    IReadOnlyList<int?> FileTypes,
    IReadOnlyList<FitSession> Sessions,
    IReadOnlyList<FitRecord> Records);

/// <summary>FIT date_time values: seconds since 1989-12-31T00:00:00Z.</summary>
internal static class FitTime
{
    public static readonly DateTimeOffset Epoch = new(1989, 12, 31, 0, 0, 0, TimeSpan.Zero);

    /// <summary>Below this a date_time counts seconds since the device powered on, not since the epoch.</summary>
    public const uint MinimumAbsolute = 0x10000000;

    public static DateTimeOffset? ToUtc(uint? timestamp) =>
        timestamp is { } seconds && seconds >= MinimumAbsolute ? Epoch.AddSeconds(seconds) : null;
}

/// <summary>
/// Decodes the FIT binary protocol (Garmin's "Flexible and Interoperable Data Transfer", protocol 1.0 and 2.0):
/// header and CRCs, definition and data messages, compressed-timestamp headers, developer fields (skipped),
/// and chained files. It keeps only the messages the importer needs: file_id, session and record.
/// </summary>
internal static class FitDecoder
{
    private const ushort FileIdMessage = 0;
    private const ushort SessionMessage = 18;
    private const ushort RecordMessage = 20;
    private const byte TimestampField = 253;

    /// <summary>Decodes a whole stream. Never throws for bad content: <paramref name="problem"/> then says what is wrong.</summary>
    public static bool TryDecode(
        ReadOnlySpan<byte> data,
        [NotNullWhen(true)] out FitContent? content,
        [NotNullWhen(false)] out string? problem)
    {
        var builder = new ContentBuilder();
        try
        {
            var offset = 0;
            do
            {
                offset = DecodeFile(data, offset, builder);
            }
            while (offset < data.Length);

            content = builder.Build();
            problem = null;
            return true;
        }
        catch (FitFormatException e)
        {
            content = null;
            problem = e.Message;
            return false;
        }
    }

    /// <summary>Decodes the FIT file that starts at <paramref name="start"/>; returns the offset just past its CRC.</summary>
    private static int DecodeFile(ReadOnlySpan<byte> data, int start, ContentBuilder builder)
    {
        var where = start == 0 ? "" : $" (chained file at byte {start})";
        if (data.Length - start < 12)
        {
            throw new FitFormatException($"truncated: the file header{where} is cut short at byte {data.Length}");
        }

        var headerSize = data[start];
        if (headerSize != 12 && headerSize != 14)
        {
            throw new FitFormatException($"header size {headerSize} is not 12 or 14{where}");
        }

        if (data.Length - start < headerSize)
        {
            throw new FitFormatException($"truncated: the file header{where} is cut short at byte {data.Length}");
        }

        if (!data.Slice(start + 8, 4).SequenceEqual(".FIT"u8))
        {
            throw new FitFormatException($"no \".FIT\" signature in the header{where}");
        }

        if (headerSize == 14)
        {
            var storedHeaderCrc = BinaryPrimitives.ReadUInt16LittleEndian(data.Slice(start + 12, 2));
            var computedHeaderCrc = FitCrc.Compute(data.Slice(start, 12));
            // A zero header CRC means the writer did not compute one, which the protocol allows.
            if (storedHeaderCrc != 0 && storedHeaderCrc != computedHeaderCrc)
            {
                throw new FitFormatException(
                    $"header CRC mismatch{where}: stored 0x{storedHeaderCrc:X4}, computed 0x{computedHeaderCrc:X4}");
            }
        }

        var dataSize = BinaryPrimitives.ReadUInt32LittleEndian(data.Slice(start + 4, 4));
        var dataEnd = start + headerSize + (long)dataSize;
        var complete = dataEnd + 2 <= data.Length;
        if (complete)
        {
            // Check the CRC before decoding so a damaged file is named as damaged, not as some odd record.
            var storedCrc = BinaryPrimitives.ReadUInt16LittleEndian(data.Slice((int)dataEnd, 2));
            var computedCrc = FitCrc.Compute(data[start..(int)dataEnd]);
            if (storedCrc != computedCrc)
            {
                throw new FitFormatException(
                    $"file CRC mismatch{where}: stored 0x{storedCrc:X4}, computed 0x{computedCrc:X4}");
            }
        }

        builder.BeginFile();
        var available = (int)Math.Min(dataEnd, data.Length);
        new MessageDecoder(builder).Decode(data[..available], start + headerSize);
        if (!complete)
        {
            throw new FitFormatException(
                $"truncated: the header promises {dataSize} bytes of data and a CRC, but the file ends at byte {data.Length}");
        }

        return (int)dataEnd + 2;
    }

    /// <summary>The field layout of one local message type, as its definition message declared it.</summary>
    private sealed class MessageDefinition
    {
        public required ushort GlobalNumber { get; init; }
        public required bool BigEndian { get; init; }
        public required FieldDefinition[] Fields { get; init; }

        /// <summary>Size of the data message body: regular fields plus developer fields (which are skipped).</summary>
        public required int Size { get; init; }

        public int IndexOf(byte fieldNumber)
        {
            for (var i = 0; i < Fields.Length; i++)
            {
                if (Fields[i].Number == fieldNumber)
                {
                    return i;
                }
            }

            return -1;
        }
    }

    private readonly record struct FieldDefinition(byte Number, byte Size, byte BaseType, int Offset);

    /// <summary>Walks the records of one file; local definitions and timestamps do not carry across chained files.</summary>
    private sealed class MessageDecoder(ContentBuilder builder)
    {
        private readonly MessageDefinition?[] definitions = new MessageDefinition?[16];
        private uint? lastTimestamp;
        private long accumulatedDistance16ths;

        public void Decode(ReadOnlySpan<byte> data, int position)
        {
            while (position < data.Length)
            {
                var recordStart = position;
                var header = data[position++];
                if ((header & 0x80) != 0)
                {
                    position = DecodeCompressedTimestampMessage(data, recordStart, header);
                }
                else if ((header & 0x40) != 0)
                {
                    position = DecodeDefinition(data, recordStart, header);
                }
                else
                {
                    var definition = Definition(header & 0x0F, recordStart);
                    var body = Body(data, recordStart, definition.Size);
                    HandleData(definition, body, headerTimestamp: null);
                    position = recordStart + 1 + definition.Size;
                }
            }
        }

        private int DecodeCompressedTimestampMessage(ReadOnlySpan<byte> data, int recordStart, byte header)
        {
            var definition = Definition((header >> 5) & 0x03, recordStart);
            if (lastTimestamp is not { } last)
            {
                throw new FitFormatException(
                    $"the compressed timestamp at byte {recordStart} comes before any full timestamp");
            }

            // The header carries the low 5 bits of the time; a smaller offset than last time means they rolled over.
            var offset = (uint)(header & 0x1F);
            var timestamp = (last & ~0x1Fu) + offset;
            if (offset < (last & 0x1F))
            {
                timestamp += 0x20;
            }

            lastTimestamp = timestamp;
            HandleData(definition, Body(data, recordStart, definition.Size), timestamp);
            return recordStart + 1 + definition.Size;
        }

        private int DecodeDefinition(ReadOnlySpan<byte> data, int recordStart, byte header)
        {
            var fixedPart = Body(data, recordStart, 5);
            var bigEndian = fixedPart[1] switch
            {
                0 => false,
                1 => true,
                var other => throw new FitFormatException(
                    $"the definition at byte {recordStart} names architecture {other}, which is not 0 (little-endian) or 1 (big-endian)"),
            };
            var globalNumber = bigEndian
                ? BinaryPrimitives.ReadUInt16BigEndian(fixedPart[2..4])
                : BinaryPrimitives.ReadUInt16LittleEndian(fixedPart[2..4]);
            var fieldCount = fixedPart[4];
            var fieldBytes = Body(data, recordStart + 5, fieldCount * 3);
            var fields = new FieldDefinition[fieldCount];
            var size = 0;
            for (var i = 0; i < fieldCount; i++)
            {
                var fieldSize = fieldBytes[(i * 3) + 1];
                fields[i] = new FieldDefinition(fieldBytes[i * 3], fieldSize, fieldBytes[(i * 3) + 2], size);
                size += fieldSize;
            }

            var position = recordStart + 6 + (fieldCount * 3);
            // Developer fields (protocol 2.0) are described elsewhere; only their sizes matter to skip them.
            if ((header & 0x20) != 0)
            {
                var developerCount = Body(data, position - 1, 1)[0];
                var developerBytes = Body(data, position, developerCount * 3);
                for (var i = 0; i < developerCount; i++)
                {
                    size += developerBytes[(i * 3) + 1];
                }

                position += 1 + (developerCount * 3);
            }

            definitions[header & 0x0F] = new MessageDefinition
            {
                GlobalNumber = globalNumber,
                BigEndian = bigEndian,
                Fields = fields,
                Size = size,
            };
            return position;
        }

        private MessageDefinition Definition(int localType, int recordStart) =>
            definitions[localType] ?? throw new FitFormatException(
                $"corrupt data at byte {recordStart}: a data message uses local message type {localType}, which was never defined");

        /// <summary>The <paramref name="length"/> bytes after the record header at <paramref name="recordStart"/>.</summary>
        private static ReadOnlySpan<byte> Body(ReadOnlySpan<byte> data, int recordStart, int length)
        {
            if (recordStart + 1 + length > data.Length)
            {
                throw new FitFormatException($"truncated: data ends inside the record at byte {recordStart}");
            }

            return data.Slice(recordStart + 1, length);
        }

        private void HandleData(MessageDefinition definition, ReadOnlySpan<byte> body, uint? headerTimestamp)
        {
            var fields = new FieldReader(definition, body);
            var timestamp = (uint?)fields.Integer(TimestampField);
            if (timestamp is not null)
            {
                lastTimestamp = timestamp;
            }

            timestamp ??= headerTimestamp;
            switch (definition.GlobalNumber)
            {
                case FileIdMessage:
                    builder.SetFileType((int?)fields.Integer(0));
                    break;
                case SessionMessage:
                    builder.Sessions.Add(new FitSession(
                        StartTime: (uint?)fields.Integer(2),
                        Timestamp: timestamp,
                        Sport: (int?)fields.Integer(5),
                        SubSport: (int?)fields.Integer(6),
                        ElapsedSeconds: fields.Scaled(7, 1000),
                        TimerSeconds: fields.Scaled(8, 1000),
                        DistanceMeters: fields.Scaled(9, 100),
                        AverageHeartRate: (int?)fields.Integer(16),
                        MaxHeartRate: (int?)fields.Integer(17)));
                    break;
                case RecordMessage:
                    builder.Records.Add(ReadRecord(fields, timestamp));
                    break;
            }
        }

        private FitRecord ReadRecord(FieldReader fields, uint? timestamp)
        {
            var speed = fields.Scaled(6, 1000) ?? fields.Scaled(73, 1000);
            var distance = fields.Scaled(5, 100);
            // Older devices pack speed (12 bits, 1/100 m/s) and distance (12 bits, 1/16 m, rolling over) into 3 bytes.
            var packed = fields.Bytes(8);
            if (packed.Length == 3 && !(packed[0] == 0xFF && packed[1] == 0xFF && packed[2] == 0xFF))
            {
                speed ??= (packed[0] | ((packed[1] & 0x0F) << 8)) / 100.0;
                var rolling = (packed[1] >> 4) | (packed[2] << 4);
                var total = (accumulatedDistance16ths & ~0xFFFL) + rolling;
                if (rolling < (accumulatedDistance16ths & 0xFFF))
                {
                    total += 0x1000;
                }

                accumulatedDistance16ths = total;
                distance ??= total / 16.0;
            }

            return new FitRecord(
                Timestamp: timestamp,
                HeartRate: (int?)fields.Integer(3),
                Cadence: (int?)fields.Integer(4),
                SpeedMetersPerSecond: speed,
                DistanceMeters: distance,
                PositionLatSemicircles: (int?)fields.Integer(0),
                PositionLongSemicircles: (int?)fields.Integer(1),
                AltitudeMeters: (fields.Scaled(2, 5) ?? fields.Scaled(78, 5)) - 500,
                TemperatureCelsius: (int?)fields.Integer(13));
        }
    }

    /// <summary>Reads field values of one data message; invalid values (the base type's "no value" marker) read as null.</summary>
    private readonly ref struct FieldReader
    {
        private readonly MessageDefinition definition;
        private readonly ReadOnlySpan<byte> body;

        public FieldReader(MessageDefinition definition, ReadOnlySpan<byte> body)
        {
            this.definition = definition;
            this.body = body;
        }

        public ReadOnlySpan<byte> Bytes(byte fieldNumber)
        {
            var index = definition.IndexOf(fieldNumber);
            if (index < 0)
            {
                return [];
            }

            var field = definition.Fields[index];
            return body.Slice(field.Offset, field.Size);
        }

        public double? Scaled(byte fieldNumber, double scale) => Integer(fieldNumber) / scale;

        public long? Integer(byte fieldNumber)
        {
            var index = definition.IndexOf(fieldNumber);
            return index < 0
                ? null
                : ReadInteger(definition.Fields[index], body, definition.BigEndian);
        }

        private static long? ReadInteger(FieldDefinition field, ReadOnlySpan<byte> body, bool bigEndian)
        {
            var (size, signed, invalid) = (field.BaseType & 0x1F) switch
            {
                0x00 or 0x02 or 0x0D => (1, false, 0xFFUL), // enum, uint8, byte
                0x01 => (1, true, 0x7FUL), // sint8
                0x0A => (1, false, 0UL), // uint8z
                0x03 => (2, true, 0x7FFFUL), // sint16
                0x04 => (2, false, 0xFFFFUL), // uint16
                0x0B => (2, false, 0UL), // uint16z
                0x05 => (4, true, 0x7FFFFFFFUL), // sint32
                0x06 => (4, false, 0xFFFFFFFFUL), // uint32
                0x0C => (4, false, 0UL), // uint32z
                0x0E => (8, true, 0x7FFFFFFFFFFFFFFFUL), // sint64
                0x0F => (8, false, 0xFFFFFFFFFFFFFFFFUL), // uint64
                0x10 => (8, false, 0UL), // uint64z
                _ => (0, false, 0UL), // string and floats: not needed by the importer
            };

            // A size that is not a multiple of the base type means a malformed field; treat it as no value.
            // For arrays (a multiple), the first element is the value.
            if (size == 0 || field.Size < size || field.Size % size != 0)
            {
                return null;
            }

            var bytes = body.Slice(field.Offset, size);
            ulong raw = size switch
            {
                1 => bytes[0],
                2 => bigEndian ? BinaryPrimitives.ReadUInt16BigEndian(bytes) : BinaryPrimitives.ReadUInt16LittleEndian(bytes),
                4 => bigEndian ? BinaryPrimitives.ReadUInt32BigEndian(bytes) : BinaryPrimitives.ReadUInt32LittleEndian(bytes),
                _ => bigEndian ? BinaryPrimitives.ReadUInt64BigEndian(bytes) : BinaryPrimitives.ReadUInt64LittleEndian(bytes),
            };
            if (raw == invalid)
            {
                return null;
            }

            if (!signed)
            {
                return (long)raw;
            }

            return size switch
            {
                1 => (sbyte)raw,
                2 => (short)raw,
                4 => (int)raw,
                _ => (long)raw,
            };
        }
    }

    private sealed class ContentBuilder
    {
        private readonly List<int?> fileTypes = [];

        public List<FitSession> Sessions { get; } = [];

        public List<FitRecord> Records { get; } = [];

        public void BeginFile() => fileTypes.Add(null);

        public void SetFileType(int? type) => fileTypes[^1] ??= type;

        public FitContent Build() => new(fileTypes, Sessions, Records);
    }

    /// <summary>Bad content; caught inside <see cref="TryDecode"/> and turned into a problem text.</summary>
    [SuppressMessage("Design", "CA1064:Exceptions should be public", Justification = "Never leaves the decoder.")]
    private sealed class FitFormatException(string message) : Exception(message);
}
