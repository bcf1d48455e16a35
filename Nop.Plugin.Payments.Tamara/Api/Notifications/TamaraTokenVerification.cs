namespace Nop.Plugin.Payments.Tamara.Api.Notifications;

/// <summary>
/// The verdict on a <c>tamaraToken</c>; <see cref="Reason"/> is safe to log (it never holds a token).
/// </summary>
public sealed record TamaraTokenVerification(TamaraTokenFailure Failure, string Reason)
{
    public bool IsValid => Failure == TamaraTokenFailure.None;

    public static TamaraTokenVerification Valid { get; } = new(TamaraTokenFailure.None, "valid");
}
