using System.IO.MemoryMappedFiles;
using System.Text;

namespace RadAudit.Learning.Runtime.Compute;

/// <summary>Looks names up in the full symbol table (<c>.symtab</c>) of an ELF64 little-endian file, local
/// symbols included, which the dynamic loader cannot see.</summary>
/// <remarks>libtorch 2.10's packaged <c>libtorch_cpu.so</c> keeps its <c>.symtab</c> (12 MB of entries, 79 MB of
/// names). The file is mapped, not read: only the entries and the pages of names that are compared are touched.</remarks>
public static class ElfSymbolTable
{
    private const int SectionTypeSymbolTable = 2; // SHT_SYMTAB
    private const int SymbolEntryBytes = 24;

    /// <summary>Each of <paramref name="names"/> found, with its value (address relative to the load base) and size.
    /// Names not in the table are absent; a file without <c>.symtab</c> (stripped) gives an empty result.</summary>
    /// <exception cref="InvalidDataException">The file is not an ELF64 little-endian file.</exception>
    public static IReadOnlyDictionary<string, ElfSymbol> Find(string path, IReadOnlyCollection<string> names)
    {
        using var file = MemoryMappedFile.CreateFromFile(path, FileMode.Open, null, 0, MemoryMappedFileAccess.Read);
        using MemoryMappedViewAccessor view = file.CreateViewAccessor(0, 0, MemoryMappedFileAccess.Read);
        if (view.ReadUInt32(0) != 0x464C457F || view.ReadByte(4) != 2 || view.ReadByte(5) != 1)
            throw new InvalidDataException($"{path} is not an ELF64 little-endian file.");
        if (SymbolSection(view) is not (long symbols, long count, long strings)) return new Dictionary<string, ElfSymbol>();
        byte[][] wanted = names.Select(name => Encoding.ASCII.GetBytes(name + "\0")).ToArray();
        var found = new Dictionary<string, ElfSymbol>(StringComparer.Ordinal);
        for (long index = 1; index < count && found.Count < wanted.Length; index++)
        {
            long entry = symbols + index * SymbolEntryBytes;
            long nameOffset = strings + view.ReadUInt32(entry);
            foreach (byte[] name in wanted)
            {
                if (!NameAt(view, nameOffset, name)) continue;
                string text = Encoding.ASCII.GetString(name, 0, name.Length - 1);
                found.TryAdd(text, new ElfSymbol(view.ReadUInt64(entry + 8), view.ReadUInt64(entry + 16)));
            }
        }
        return found;
    }

    // The .symtab section's entries, entry count and linked string table, from the section headers.
    private static (long Symbols, long Count, long Strings)? SymbolSection(MemoryMappedViewAccessor view)
    {
        long headers = view.ReadInt64(0x28);
        int headerBytes = view.ReadUInt16(0x3A), headerCount = view.ReadUInt16(0x3C);
        for (int index = 0; index < headerCount; index++)
        {
            long header = headers + (long)index * headerBytes;
            if (view.ReadUInt32(header + 4) != SectionTypeSymbolTable) continue;
            long offset = view.ReadInt64(header + 0x18), size = view.ReadInt64(header + 0x20);
            long linked = headers + (long)view.ReadUInt32(header + 0x28) * headerBytes;
            return (offset, size / SymbolEntryBytes, view.ReadInt64(linked + 0x18));
        }
        return null;
    }

    private static bool NameAt(MemoryMappedViewAccessor view, long offset, byte[] name)
    {
        if (offset + name.Length > view.Capacity) return false;
        for (int index = 0; index < name.Length; index++)
            if (view.ReadByte(offset + index) != name[index]) return false;
        return true;
    }
}
