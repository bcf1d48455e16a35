using Nop.Core.Configuration;

namespace Nop.Core.Domain.Security;

public partial interface IAclSupported
{
}

public partial class ProxySettings : ISettings
{
    public string Address { get; set; }
    public bool BypassOnLocal { get; set; }
    public bool Enabled { get; set; }
    public string Password { get; set; }
    public string Port { get; set; }
    public bool PreAuthenticate { get; set; }
    public string Username { get; set; }
}
