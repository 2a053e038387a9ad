using RadAudit.Cli;

return CommandLineApp.Run(args);
