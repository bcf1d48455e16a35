namespace Nop.Core.Domain.Security;

public partial interface IAclSupported
{
    bool SubjectToAcl { get; set; }
}

public partial class PermissionRecord : BaseEntity
{
    public string Category { get; set; }
    public string Name { get; set; }
    public string SystemName { get; set; }
}
