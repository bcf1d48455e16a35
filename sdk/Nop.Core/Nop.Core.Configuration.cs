namespace Nop.Core.Configuration;

public partial class AppSettings
{
}

public partial interface ISettings
{
}
