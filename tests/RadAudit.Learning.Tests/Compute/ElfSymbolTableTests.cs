using System.Text;
using RadAudit.Learning.Runtime.Compute;
using RadAudit.Testing;

namespace RadAudit.Learning.Tests.Compute;

/// <summary>Finding local symbols in an ELF64 file's full symbol table.</summary>
public sealed class ElfSymbolTableTests
{
    [Fact]
    public void Should_find_named_symbols_with_value_and_size_and_skip_the_rest()
    {
        // Given a tiny ELF64 file with a .symtab of three symbols
        using var folder = new TemporaryFolder();
        string path = folder.WriteBytes("tiny.so", TinyElf(("first", 0x1000, 8), ("_ZZN4dnnl4impl3cpu3x643cpuEvE4cpu_", 0x1585B180, 0x90), ("last", 0x2000, 4)));

        // When two names are looked up, one present and one absent
        var found = ElfSymbolTable.Find(path, ["_ZZN4dnnl4impl3cpu3x643cpuEvE4cpu_", "missing"]);

        // Then the present one is found with its value and size, the absent one is not
        Assert.Equal(new ElfSymbol(0x1585B180, 0x90), found["_ZZN4dnnl4impl3cpu3x643cpuEvE4cpu_"]);
        Assert.False(found.ContainsKey("missing"));
    }

    [Fact]
    public void Should_not_match_a_name_that_only_starts_like_the_one_asked_for()
    {
        using var folder = new TemporaryFolder();
        string path = folder.WriteBytes("tiny.so", TinyElf(("cpu_guard", 1, 1)));

        Assert.Empty(ElfSymbolTable.Find(path, ["cpu_"]));
    }

    [Fact]
    public void Should_give_nothing_for_a_stripped_file_and_refuse_a_file_that_is_not_elf()
    {
        using var folder = new TemporaryFolder();
        string stripped = folder.WriteBytes("stripped.so", TinyElf());
        string text = folder.WriteBytes("text.so", Encoding.ASCII.GetBytes("not an ELF file at all, just text"));

        Assert.Empty(ElfSymbolTable.Find(stripped, ["anything"]));
        Assert.Throws<InvalidDataException>(() => ElfSymbolTable.Find(text, ["anything"]));
    }

    [Fact]
    public void Should_find_onednns_cpu_object_in_the_packaged_libtorch()
    {
        // Given the libtorch_cpu.so this build ships (libtorch 2.10, whose .symtab is kept)
        string library = Path.Combine(AppContext.BaseDirectory, "runtimes", "linux-x64", "native", "libtorch_cpu.so");
        Assert.True(File.Exists(library), library);

        // When oneDNN's CPU object, its guard and its accessor are looked up
        var found = ElfSymbolTable.Find(library, ["_ZZN4dnnl4impl3cpu3x643cpuEvE4cpu_", "_ZGVZN4dnnl4impl3cpu3x643cpuEvE4cpu_", "_ZN4dnnl4impl3cpu3x643cpuEv"]);

        // Then all three are there and the object has the 144 bytes of the layout the repair knows (nm -S gives the same)
        Assert.Equal(3, found.Count);
        Assert.Equal(0x90ul, found["_ZZN4dnnl4impl3cpu3x643cpuEvE4cpu_"].Size);
        Assert.Equal(8ul, found["_ZGVZN4dnnl4impl3cpu3x643cpuEvE4cpu_"].Size);
    }

    // Header, .symtab (null symbol + the given ones) and its .strtab; with no symbols, no .symtab section at all.
    private static byte[] TinyElf(params (string Name, ulong Value, ulong Size)[] symbols)
    {
        var names = new MemoryStream();
        names.WriteByte(0);
        var nameOffsets = symbols.Select(symbol =>
        {
            long offset = names.Position;
            names.Write(Encoding.ASCII.GetBytes(symbol.Name + "\0"));
            return (uint)offset;
        }).ToArray();
        byte[] strings = names.ToArray();
        int symbolsAt = 64, symbolBytes = 24 * (symbols.Length + 1), stringsAt = symbolsAt + symbolBytes;
        int sectionsAt = (stringsAt + strings.Length + 7) / 8 * 8, sectionCount = symbols.Length == 0 ? 1 : 3;
        var bytes = new byte[sectionsAt + 64 * sectionCount];
        bytes[0] = 0x7F; bytes[1] = (byte)'E'; bytes[2] = (byte)'L'; bytes[3] = (byte)'F'; bytes[4] = 2; bytes[5] = 1; bytes[6] = 1;
        BitConverter.TryWriteBytes(bytes.AsSpan(0x28), (long)sectionsAt);
        BitConverter.TryWriteBytes(bytes.AsSpan(0x3A), (ushort)64);
        BitConverter.TryWriteBytes(bytes.AsSpan(0x3C), (ushort)sectionCount);
        for (int index = 0; index < symbols.Length; index++)
        {
            int entry = symbolsAt + 24 * (index + 1);
            BitConverter.TryWriteBytes(bytes.AsSpan(entry), nameOffsets[index]);
            BitConverter.TryWriteBytes(bytes.AsSpan(entry + 8), symbols[index].Value);
            BitConverter.TryWriteBytes(bytes.AsSpan(entry + 16), symbols[index].Size);
        }
        strings.CopyTo(bytes, stringsAt);
        if (symbols.Length == 0) return bytes;
        int symtab = sectionsAt + 64, strtab = sectionsAt + 128;
        BitConverter.TryWriteBytes(bytes.AsSpan(symtab + 4), 2u);                   // SHT_SYMTAB
        BitConverter.TryWriteBytes(bytes.AsSpan(symtab + 0x18), (long)symbolsAt);   // sh_offset
        BitConverter.TryWriteBytes(bytes.AsSpan(symtab + 0x20), (long)symbolBytes); // sh_size
        BitConverter.TryWriteBytes(bytes.AsSpan(symtab + 0x28), 2u);                // sh_link: the .strtab
        BitConverter.TryWriteBytes(bytes.AsSpan(strtab + 4), 3u);                   // SHT_STRTAB
        BitConverter.TryWriteBytes(bytes.AsSpan(strtab + 0x18), (long)stringsAt);
        BitConverter.TryWriteBytes(bytes.AsSpan(strtab + 0x20), (long)strings.Length);
        return bytes;
    }
}
