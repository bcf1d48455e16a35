using Tamara.Emulator;

// dotnet run --project Tamara.Emulator -- --urls http://127.0.0.1:5080 --ApiToken=... --NotificationToken=...
await EmulatorApp.Build(args).RunAsync();
