using System.CommandLine;
using System.Runtime.InteropServices;
using RadAudit.Core;
using RadAudit.Learning.Runtime;
using RadAudit.Learning.Runtime.Compute;
using Spectre.Console;

namespace RadAudit.Cli.Verbs;

/// <summary>`radaudit info`: versions, threads, CUDA, and whether the native fix-up is active.</summary>
public static class InfoVerb
{
    /// <summary>Builds the verb.</summary>
    public static Command Create()
    {
        var command = new Command("info", "Show RadAudit, .NET, TorchSharp and libtorch versions, threads, CUDA devices and the native fix-up state.");
        command.SetAction(parse =>
        {
            TorchRuntimeInfo runtime = TorchRuntimeInfo.Collect();
            var console = ConsoleFactory.For(parse.InvocationConfiguration.Output);
            var table = new Table().Border(TableBorder.Simple).AddColumn("component").AddColumn("value");
            table.AddRow("RadAudit", Markup.Escape(RadAuditVersion.Current));
            table.AddRow(".NET", Markup.Escape(RuntimeInformation.FrameworkDescription));
            table.AddRow("OS", Markup.Escape(RuntimeInformation.OSDescription + " " + RuntimeInformation.OSArchitecture));
            table.AddRow("TorchSharp", Markup.Escape(runtime.TorchSharpVersion));
            table.AddRow("libtorch", Markup.Escape($"{runtime.LibTorchVersion} ({runtime.LibTorchSource})"));
            table.AddRow("libtorch match", Markup.Escape(LibTorchLocator.CompatibilityWarning() ??
                (runtime.LibTorchSource == "package" ? "packaged with TorchSharp" : $"verified ({string.Join(", ", LibTorchLocator.Verified)})")));
            table.AddRow("threads", runtime.Threads.ToString());
            table.AddRow("CUDA", runtime.CudaAvailable ? $"available, {runtime.CudaDeviceCount} device(s)" : "not available");
            table.AddRow("native fix-up", Markup.Escape(runtime.NativeFixUp));
            table.AddRow("tensor check", "torch.ones(3).sum() = 3 (ok)");
            ComputeSummary compute = ComputeRuntime.Summarise();
            table.AddRow("CPU", Markup.Escape(compute.Machine));
            table.AddRow("oneDNN caches", Markup.Escape(compute.CacheRepair));
            table.AddRow("compute", Markup.Escape($"{compute.Configuration} ({compute.Source})"));
            console.Write(table);
            return CommandLineApp.Success;
        });
        return command;
    }
}
