package dev.kunai.jwt;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The names tokens use for the user, their type and their id, and the names of the types (django-ninja-jwt's
 * {@code USER_ID_FIELD}, {@code USER_ID_CLAIM}, {@code TOKEN_TYPE_CLAIM}, {@code JTI_CLAIM} and its token classes'
 * {@code token_type}). The defaults are django-ninja-jwt's: the user's {@code id} in {@code user_id}, the type in
 * {@code token_type} ({@code access}, {@code refresh}, {@code sliding}), the token id in {@code jti}. Change them to
 * read and issue tokens another service shares (e.g. {@code sub} for the user). Tokens are issued and verified with
 * the configured names; a token that lacks one of them is rejected.
 */
public final class ClaimNames {

    /** Claims the names may not take: the times, issuer, audience and the sliding token's refresh limit. */
    private static final Set<String> TAKEN = Set.of("exp", "iat", "nbf", "iss", "aud", Token.REFRESH_EXP_CLAIM);

    private static final ClaimNames DEFAULTS = builder().build();

    private final String userIdField;
    private final String userIdClaim;
    private final String tokenTypeClaim;
    private final String jtiClaim;
    private final Map<TokenType, String> typeNames;

    private ClaimNames(Builder b) {
        this.userIdField = b.userIdField;
        this.userIdClaim = b.userIdClaim;
        this.tokenTypeClaim = b.tokenTypeClaim;
        this.jtiClaim = b.jtiClaim;
        this.typeNames = Map.copyOf(b.typeNames);
    }

    /** django-ninja-jwt's names: {@code id}, {@code user_id}, {@code token_type}, {@code jti}. */
    public static ClaimNames defaults() {
        return DEFAULTS;
    }

    /** Starts names from the defaults. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Which of the user's fields identifies them in tokens ({@code USER_ID_FIELD}, default {@code id}): one of the
     * user store's {@link dev.kunai.auth.users.UserStore#idFields()}.
     */
    public String userIdField() {
        return userIdField;
    }

    /** The claim holding that field's value ({@code USER_ID_CLAIM}, default {@code user_id}). */
    public String userIdClaim() {
        return userIdClaim;
    }

    /** The claim naming the token's type ({@code TOKEN_TYPE_CLAIM}, default {@code token_type}). */
    public String tokenTypeClaim() {
        return tokenTypeClaim;
    }

    /** The claim holding the token's unique id, what the blacklist records ({@code JTI_CLAIM}, default {@code jti}). */
    public String jtiClaim() {
        return jtiClaim;
    }

    /** The value of {@link #tokenTypeClaim()} in tokens of {@code type} (default {@link TokenType#claim()}). */
    public String typeName(TokenType type) {
        return typeNames.get(Objects.requireNonNull(type, "type"));
    }

    /** The type whose {@link #typeName} is {@code value}, if any. */
    public Optional<TokenType> typeOf(Object value) {
        for (Map.Entry<TokenType, String> entry : typeNames.entrySet()) {
            if (entry.getValue().equals(value)) {
                return Optional.of(entry.getKey());
            }
        }
        return Optional.empty();
    }

    /** The claims every token must carry: {@code exp}, {@code iat} and the three configured names. */
    Set<String> required() {
        return Set.of("exp", "iat", jtiClaim, tokenTypeClaim, userIdClaim);
    }

    /** The claims custom claims cannot replace: the standard ones, under their configured names. */
    Set<String> reserved() {
        Set<String> reserved = new HashSet<>(TAKEN);
        reserved.addAll(List.of("jti", "sub", userIdClaim, tokenTypeClaim, jtiClaim));
        return Set.copyOf(reserved);
    }

    @Override
    public String toString() {
        return "ClaimNames[" + userIdField + " in " + userIdClaim + ", type in " + tokenTypeClaim + " " + typeNames
                + ", id in " + jtiClaim + "]";
    }

    /** Builds {@link ClaimNames}; every name must be non-blank and the claims distinct. */
    public static final class Builder {
        private String userIdField = "id";
        private String userIdClaim = "user_id";
        private String tokenTypeClaim = "token_type";
        private String jtiClaim = "jti";
        private final Map<TokenType, String> typeNames = new EnumMap<>(TokenType.class);

        private Builder() {
            for (TokenType type : TokenType.values()) {
                typeNames.put(type, type.claim());
            }
        }

        /** Sets {@link ClaimNames#userIdField()}. */
        public Builder userIdField(String value) {
            this.userIdField = name(value, "userIdField");
            return this;
        }

        /** Sets {@link ClaimNames#userIdClaim()}, e.g. {@code sub}. */
        public Builder userIdClaim(String value) {
            this.userIdClaim = name(value, "userIdClaim");
            return this;
        }

        /** Sets {@link ClaimNames#tokenTypeClaim()}. */
        public Builder tokenTypeClaim(String value) {
            this.tokenTypeClaim = name(value, "tokenTypeClaim");
            return this;
        }

        /** Sets {@link ClaimNames#jtiClaim()}. */
        public Builder jtiClaim(String value) {
            this.jtiClaim = name(value, "jtiClaim");
            return this;
        }

        /** Sets the {@link ClaimNames#typeName} of {@code type}. */
        public Builder typeName(TokenType type, String value) {
            typeNames.put(Objects.requireNonNull(type, "type"), name(value, "typeName"));
            return this;
        }

        /**
         * The names.
         *
         * @throws IllegalArgumentException when two claims share a name, a claim takes the name of {@code exp},
         *     {@code iat}, {@code nbf}, {@code iss}, {@code aud} or {@code refresh_exp}, or two types share a name
         */
        public ClaimNames build() {
            if (userIdClaim.equals(tokenTypeClaim) || userIdClaim.equals(jtiClaim) || tokenTypeClaim.equals(jtiClaim)) {
                throw new IllegalArgumentException("The user id, token type and token id claims need different names, "
                        + "not " + userIdClaim + ", " + tokenTypeClaim + " and " + jtiClaim);
            }
            for (String claim : new String[] {userIdClaim, tokenTypeClaim, jtiClaim}) {
                if (TAKEN.contains(claim)) {
                    throw new IllegalArgumentException("The claim '" + claim + "' is a standard claim of its own "
                            + "(exp, iat, nbf, iss, aud, refresh_exp); choose another name");
                }
            }
            if (new HashSet<>(typeNames.values()).size() != typeNames.size()) {
                throw new IllegalArgumentException("The token types need different names, not " + typeNames);
            }
            return new ClaimNames(this);
        }

        private static String name(String value, String what) {
            Objects.requireNonNull(value, what);
            if (value.isBlank()) {
                throw new IllegalArgumentException(what + " must not be blank");
            }
            return value.strip();
        }
    }
}
