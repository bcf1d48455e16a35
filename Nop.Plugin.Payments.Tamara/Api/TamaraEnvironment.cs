namespace Nop.Plugin.Payments.Tamara.Api;

/// <summary>
/// Which Tamara the client talks to.
/// </summary>
public enum TamaraEnvironment
{
    /// <summary>https://api-sandbox.tamara.co</summary>
    Sandbox = 0,

    /// <summary>https://api.tamara.co</summary>
    Production = 1,

    /// <summary><see cref="TamaraClientOptions.CustomBaseUrl"/>, e.g. the local Tamara emulator.</summary>
    Custom = 2
}
