using Microsoft.AspNetCore.Mvc;

namespace Nop.Web.Framework.Mvc.Filters;

public sealed class AuthorizeAdminAttribute : TypeFilterAttribute
{
    public AuthorizeAdminAttribute(bool ignore = false) : base(typeof(object)) { IgnoreFilter = ignore; }
    public bool IgnoreFilter { get; }
}

[AttributeUsage(AttributeTargets.Method, AllowMultiple = true)]
public sealed class CheckPermissionAttribute : TypeFilterAttribute
{
    public CheckPermissionAttribute(string permissionSystemName, CheckPermissionResultType resultType = CheckPermissionResultType.Default) : base(typeof(object)) { ResultType = resultType; }
    public enum CheckPermissionResultType
    {
        Default = 0,
        Html = 1,
        Json = 3,
        Text = 2,
    }
    public CheckPermissionResultType ResultType { get; }
}

public sealed class ValidateIpAddressAttribute : TypeFilterAttribute
{
    public ValidateIpAddressAttribute() : base(typeof(object)) { }
}
