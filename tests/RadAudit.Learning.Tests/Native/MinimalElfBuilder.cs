using System.Text;

namespace RadAudit.Learning.Tests.Native;

/// <summary>
/// Builds the smallest ELF64 file the patcher reads: a header, a .dynstr and a .gnu.version_r section that
/// needs libstdc++.so.6 at versions GLIBCXX_3.4 and GLIBCXX_3.4.32 (layouts from elf.h).
/// </summary>
internal static class MinimalElfBuilder
{
    public const int SectionTableOffset = 256;

    public static byte[] Build(ushort flagsOf34_32 = 0)
    {
        var bytes = new byte[SectionTableOffset + 3 * 64];
        // e_ident: magic, ELFCLASS64, little endian, version 1.
        bytes[0] = 0x7f; bytes[1] = (byte)'E'; bytes[2] = (byte)'L'; bytes[3] = (byte)'F';
        bytes[4] = 2; bytes[5] = 1; bytes[6] = 1;
        Write64(bytes, 0x28, SectionTableOffset); // e_shoff
        Write16(bytes, 0x3A, 64);                 // e_shentsize
        Write16(bytes, 0x3C, 3);                  // e_shnum

        // .dynstr at 64
        byte[] strings = Encoding.ASCII.GetBytes("\0libstdc++.so.6\0GLIBCXX_3.4\0GLIBCXX_3.4.32\0");
        strings.CopyTo(bytes, 64);
        int fileName = 1, older = 16, newer = 28;

        // .gnu.version_r at 128: one Elf64_Verneed, two Elf64_Vernaux.
        int need = 128;
        Write16(bytes, need, 1);           // vn_version
        Write16(bytes, need + 2, 2);       // vn_cnt
        Write32(bytes, need + 4, fileName);
        Write32(bytes, need + 8, 16);      // vn_aux
        Write32(bytes, need + 12, 0);      // vn_next
        int aux = need + 16;
        Write32(bytes, aux + 8, older); Write32(bytes, aux + 12, 16);
        aux += 16;
        Write16(bytes, aux + 4, flagsOf34_32); Write32(bytes, aux + 8, newer); Write32(bytes, aux + 12, 0);

        // Section headers: [0] null, [1] .dynstr (SHT_STRTAB), [2] .gnu.version_r linked to [1].
        int dynstr = SectionTableOffset + 64;
        Write32(bytes, dynstr + 4, 3);
        Write64(bytes, dynstr + 0x18, 64);
        Write64(bytes, dynstr + 0x20, strings.Length);
        int verneed = SectionTableOffset + 128;
        Write32(bytes, verneed + 4, unchecked((int)0x6ffffffe));
        Write64(bytes, verneed + 0x18, 128);
        Write64(bytes, verneed + 0x20, 48);
        Write32(bytes, verneed + 0x28, 1); // sh_link
        Write32(bytes, verneed + 0x2C, 1); // sh_info: one Verneed
        return bytes;
    }

    public static int FlagsOffsetOf34_32 => 128 + 16 + 16 + 4;

    private static void Write16(byte[] b, int at, int v) => BitConverter.TryWriteBytes(b.AsSpan(at, 2), (ushort)v);
    private static void Write32(byte[] b, int at, int v) => BitConverter.TryWriteBytes(b.AsSpan(at, 4), v);
    private static void Write64(byte[] b, int at, long v) => BitConverter.TryWriteBytes(b.AsSpan(at, 8), v);
}
