// Marks one required symbol version of an ELF64 shared library as weak (VER_FLG_WEAK in .gnu.version_r),
// so the dynamic loader accepts a system library that lacks that version.
//
// Why: TorchSharp 0.107's libLibTorchSharp.so was linked by GCC 13 and lists GLIBCXX_3.4.32 as needed, but
// the only symbol of that version (std::ios_base_library_init) is never relocated. Debian 12 / Ubuntu 22.04
// ship libstdc++ up to GLIBCXX_3.4.30, and the loader refuses the whole library. A weak version need is only
// a warning for the loader, so the library loads and works. See docs/torchsharp-native-fix.md.
//
// This one file is compiled twice: into the MSBuild inline task (build/TorchSharpNativeFix.targets) and,
// with RADAUDIT_NO_MSBUILD_TASK defined, into RadAudit.Learning (to report the state) and its tests.
#nullable enable
using System;
using System.IO;
using System.Text;

namespace RadAudit.Build
{
    /// <summary>What <see cref="ElfVersionNeedPatcher"/> found or did.</summary>
    public enum ElfVersionNeedState
    {
        /// <summary>The file is not a little-endian ELF64 file.</summary>
        NotElf,
        /// <summary>The file does not require the version at all.</summary>
        VersionNotRequired,
        /// <summary>The version is required and not weak: the loader refuses the file where the version is missing.</summary>
        Required,
        /// <summary>The version is required weakly: the loader only warns where it is missing.</summary>
        Weak,
    }

    /// <summary>Reads and sets the VER_FLG_WEAK flag of one version need in an ELF64 file.</summary>
    public static class ElfVersionNeedPatcher
    {
        /// <summary>VER_FLG_WEAK from elf.h.</summary>
        public const ushort WeakFlag = 0x2;
        private const uint SectionTypeVersionNeed = 0x6ffffffe; // SHT_GNU_verneed

        /// <summary>Tells whether <paramref name="path"/> requires <paramref name="versionName"/>, and how.</summary>
        public static ElfVersionNeedState Inspect(string path, string versionName)
        {
            byte[] bytes = File.ReadAllBytes(path);
            return Find(bytes, versionName, out _);
        }

        /// <summary>
        /// Sets VER_FLG_WEAK on the need entry named <paramref name="versionName"/>; idempotent. The file is
        /// rewritten atomically (temporary file + rename) and keeps its modification time, so incremental
        /// copies do not see a changed file. Returns the state before the call.
        /// </summary>
        public static ElfVersionNeedState MakeWeak(string path, string versionName)
        {
            byte[] bytes = File.ReadAllBytes(path);
            ElfVersionNeedState state = Find(bytes, versionName, out int flagsOffset);
            if (state != ElfVersionNeedState.Required)
                return state;
            ushort flags = BitConverter.ToUInt16(bytes, flagsOffset);
            WriteUInt16(bytes, flagsOffset, (ushort)(flags | WeakFlag));
            DateTime modified = File.GetLastWriteTimeUtc(path);
            string temporary = path + ".radaudit-tmp";
            File.WriteAllBytes(temporary, bytes);
            // File.Replace is a rename over the target (netstandard2.0 has no File.Move overwrite, and MSBuild
            // compiles inline tasks against it).
            File.Replace(temporary, path, null);
            File.SetLastWriteTimeUtc(path, modified);
            return state;
        }

        /// <summary>True when the file (a libstdc++) defines the version string at all.</summary>
        public static bool FileMentionsVersion(string path, string versionName)
        {
            byte[] needle = Encoding.ASCII.GetBytes(versionName + "\0");
            byte[] bytes = File.ReadAllBytes(path);
            for (int i = 0; i + needle.Length <= bytes.Length; i++)
            {
                int j = 0;
                while (j < needle.Length && bytes[i + j] == needle[j]) j++;
                if (j == needle.Length && (i == 0 || bytes[i - 1] == 0)) return true;
            }
            return false;
        }

        private static ElfVersionNeedState Find(byte[] bytes, string versionName, out int flagsOffset)
        {
            flagsOffset = -1;
            if (bytes.Length < 64 || bytes[0] != 0x7f || bytes[1] != (byte)'E' || bytes[2] != (byte)'L'
                || bytes[3] != (byte)'F' || bytes[4] != 2 /* ELFCLASS64 */ || bytes[5] != 1 /* little endian */)
                return ElfVersionNeedState.NotElf;
            long sectionTable = (long)BitConverter.ToUInt64(bytes, 0x28);
            int entrySize = BitConverter.ToUInt16(bytes, 0x3A);
            int count = BitConverter.ToUInt16(bytes, 0x3C);
            if (entrySize < 64 || sectionTable <= 0 || sectionTable + (long)entrySize * count > bytes.Length)
                return ElfVersionNeedState.NotElf;
            for (int index = 0; index < count; index++)
            {
                int header = checked((int)(sectionTable + (long)index * entrySize));
                if (BitConverter.ToUInt32(bytes, header + 4) != SectionTypeVersionNeed) continue;
                int needOffset = checked((int)BitConverter.ToUInt64(bytes, header + 0x18));
                int linkedStrings = (int)BitConverter.ToUInt32(bytes, header + 0x28);
                int needCount = (int)BitConverter.ToUInt32(bytes, header + 0x2C);
                int stringsHeader = checked((int)(sectionTable + (long)linkedStrings * entrySize));
                int strings = checked((int)BitConverter.ToUInt64(bytes, stringsHeader + 0x18));
                ElfVersionNeedState found = SearchNeeds(bytes, needOffset, needCount, strings, versionName, out flagsOffset);
                if (found != ElfVersionNeedState.VersionNotRequired) return found;
            }
            return ElfVersionNeedState.VersionNotRequired;
        }

        // Walks Elf64_Verneed entries and their Elf64_Vernaux lists (layouts from elf.h).
        private static ElfVersionNeedState SearchNeeds(byte[] bytes, int need, int needCount, int strings,
            string versionName, out int flagsOffset)
        {
            flagsOffset = -1;
            for (int n = 0; n < needCount; n++)
            {
                int auxCount = BitConverter.ToUInt16(bytes, need + 2);
                int aux = need + (int)BitConverter.ToUInt32(bytes, need + 8);
                for (int a = 0; a < auxCount; a++)
                {
                    int name = strings + (int)BitConverter.ToUInt32(bytes, aux + 8);
                    if (ReadString(bytes, name) == versionName)
                    {
                        flagsOffset = aux + 4;
                        bool weak = (BitConverter.ToUInt16(bytes, flagsOffset) & WeakFlag) != 0;
                        return weak ? ElfVersionNeedState.Weak : ElfVersionNeedState.Required;
                    }
                    uint nextAux = BitConverter.ToUInt32(bytes, aux + 12);
                    if (nextAux == 0) break;
                    aux += (int)nextAux;
                }
                uint next = BitConverter.ToUInt32(bytes, need + 12);
                if (next == 0) break;
                need += (int)next;
            }
            return ElfVersionNeedState.VersionNotRequired;
        }

        private static string ReadString(byte[] bytes, int offset)
        {
            int end = offset;
            while (end < bytes.Length && bytes[end] != 0) end++;
            return Encoding.ASCII.GetString(bytes, offset, end - offset);
        }

        private static void WriteUInt16(byte[] bytes, int offset, ushort value)
        {
            bytes[offset] = (byte)value;
            bytes[offset + 1] = (byte)(value >> 8);
        }
    }

#if !RADAUDIT_NO_MSBUILD_TASK
    /// <summary>MSBuild task: weakens the version need in each file where the system library lacks it.</summary>
    public class WeakenElfVersionNeed : Microsoft.Build.Utilities.Task
    {
        /// <summary>Shared libraries to patch (copies in an output folder, never the NuGet cache).</summary>
        [Microsoft.Build.Framework.Required]
        public Microsoft.Build.Framework.ITaskItem[] Files { get; set; } = Array.Empty<Microsoft.Build.Framework.ITaskItem>();

        /// <summary>The version to weaken, e.g. GLIBCXX_3.4.32.</summary>
        [Microsoft.Build.Framework.Required]
        public string VersionName { get; set; } = "";

        /// <summary>Candidate paths of the system library that would provide the version (first existing wins).</summary>
        public string[] SystemLibraryCandidates { get; set; } = Array.Empty<string>();

        public override bool Execute()
        {
            string? system = Array.Find(SystemLibraryCandidates, File.Exists);
            if (system != null && ElfVersionNeedPatcher.FileMentionsVersion(system, VersionName))
            {
                Log.LogMessage(Microsoft.Build.Framework.MessageImportance.Low,
                    $"RadAudit native fix-up not needed: {system} provides {VersionName}.");
                return true;
            }
            foreach (var item in Files)
            {
                ElfVersionNeedState before = ElfVersionNeedPatcher.MakeWeak(item.ItemSpec, VersionName);
                var importance = before == ElfVersionNeedState.Required
                    ? Microsoft.Build.Framework.MessageImportance.High : Microsoft.Build.Framework.MessageImportance.Low;
                string what = before == ElfVersionNeedState.Required ? "weakened" : "left as is (" + before + ")";
                Log.LogMessage(importance, $"RadAudit native fix-up: {VersionName} need {what} in {item.ItemSpec} (system libstdc++ lacks it).");
            }
            return !Log.HasLoggedErrors;
        }
    }
#endif
}
