using System.Buffers.Binary;
using Twitchwise.Domain.Import;

namespace Twitchwise.Domain.Tests.Import;

/// <summary>Writes small FIT files byte by byte, so decoder tests can state exactly what a file holds.</summary>
internal sealed class FitBytes
{
    public const byte Enum = 0x00;
    public const byte UInt8 = 0x02;
    public const byte UInt16 = 0x84;
    public const byte UInt32 = 0x86;

    private readonly List<byte> records = [];

    public FitBytes Define(int localType, ushort globalNumber, (byte Number, byte Size, byte BaseType)[] fields, bool bigEndian = false, byte[]? developerFieldSizes = null)
    {
        records.Add((byte)(0x40 | (developerFieldSizes is null ? 0 : 0x20) | localType));
        records.AddRange([0, (byte)(bigEndian ? 1 : 0)]);
        records.AddRange(bigEndian ? [(byte)(globalNumber >> 8), (byte)globalNumber] : [(byte)globalNumber, (byte)(globalNumber >> 8)]);
        records.Add((byte)fields.Length);
        foreach (var (number, size, baseType) in fields)
        {
            records.AddRange([number, size, baseType]);
        }

        if (developerFieldSizes is not null)
        {
            records.Add((byte)developerFieldSizes.Length);
            for (var i = 0; i < developerFieldSizes.Length; i++)
            {
                records.AddRange([(byte)i, developerFieldSizes[i], 0]);
            }
        }

        return this;
    }

    public FitBytes Data(int localType, params byte[] body)
    {
        records.Add((byte)localType);
        records.AddRange(body);
        return this;
    }

    public FitBytes CompressedTimestamp(int localType, int timeOffset, params byte[] body)
    {
        records.Add((byte)(0x80 | (localType << 5) | timeOffset));
        records.AddRange(body);
        return this;
    }

    /// <summary>A file_id message saying the file is of <paramref name="fileType"/> (4 = activity), as local type 15.</summary>
    public FitBytes FileId(byte fileType) => Define(15, 0, [(0, 1, Enum)]).Data(15, fileType);

    public byte[] Build(byte headerSize = 14)
    {
        var file = new List<byte> { headerSize, 0x20 };
        file.AddRange(Le16(2132));
        file.AddRange(Le32((uint)records.Count));
        file.AddRange(".FIT"u8.ToArray());
        if (headerSize == 14)
        {
            file.AddRange(Le16(FitCrc.Compute(file.ToArray())));
        }

        file.AddRange(records);
        file.AddRange(Le16(FitCrc.Compute(file.ToArray())));
        return [.. file];
    }

    public static byte[] Le16(ushort value)
    {
        var bytes = new byte[2];
        BinaryPrimitives.WriteUInt16LittleEndian(bytes, value);
        return bytes;
    }

    public static byte[] Le32(uint value)
    {
        var bytes = new byte[4];
        BinaryPrimitives.WriteUInt32LittleEndian(bytes, value);
        return bytes;
    }
}
