namespace Twitchwise.Domain.Import;

/// <summary>
/// The CRC-16 of the FIT protocol (the same function as CRC-16/ARC), computed a nibble at a time
/// with the 16-entry table the protocol document publishes.
/// </summary>
internal static class FitCrc
{
    private static readonly ushort[] NibbleTable =
    [
        0x0000, 0xCC01, 0xD801, 0x1400, 0xF001, 0x3C00, 0x2800, 0xE401,
        0xA001, 0x6C00, 0x7800, 0xB401, 0x5000, 0x9C01, 0x8801, 0x4400,
    ];

    public static ushort Compute(ReadOnlySpan<byte> bytes, ushort crc = 0)
    {
        foreach (var b in bytes)
        {
            var tmp = NibbleTable[crc & 0xF];
            crc = (ushort)((crc >> 4) & 0x0FFF);
            crc = (ushort)(crc ^ tmp ^ NibbleTable[b & 0xF]);

            tmp = NibbleTable[crc & 0xF];
            crc = (ushort)((crc >> 4) & 0x0FFF);
            crc = (ushort)(crc ^ tmp ^ NibbleTable[(b >> 4) & 0xF]);
        }

        return crc;
    }
}
