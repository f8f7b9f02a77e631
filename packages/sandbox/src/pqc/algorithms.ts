/**
 * Algorithms a cryptographically relevant quantum computer breaks (Shor: RSA, finite-field and
 * elliptic-curve DH and signatures). Symmetric ciphers, hashes and the NIST PQC standards are not.
 */
const SHOR_BROKEN = /^(RSA|DSA|DH|ECDH|ECDSA|EdDSA|Ed25519|Ed448|X25519|X448|ECIES)\b/i;

export const isQuantumVulnerable = (algorithm: string) => SHOR_BROKEN.test(algorithm.trim());

/** Realistic estate for a new tenant: what a scan of a mid-size enterprise turns up. */
export const SEED_PROFILES = [
  { algorithm: "RSA-2048", keySize: 2048, protocol: "TLS 1.2", system: "Payments gateway" },
  { algorithm: "RSA-3072", keySize: 3072, protocol: "TLS 1.3", system: "Customer portal" },
  { algorithm: "RSA-4096", keySize: 4096, protocol: "S/MIME", system: "Mail relay" },
  { algorithm: "ECDSA P-256", keySize: 256, protocol: "TLS 1.3", system: "Mobile API" },
  { algorithm: "ECDSA P-384", keySize: 384, protocol: "Code signing", system: "Release pipeline" },
  { algorithm: "ECDH X25519", keySize: 255, protocol: "SSH", system: "Bastion hosts" },
  { algorithm: "Ed25519", keySize: 255, protocol: "SSH", system: "Build agents" },
  { algorithm: "DH-2048", keySize: 2048, protocol: "IPsec", system: "Branch VPN" },
  { algorithm: "AES-256-GCM", keySize: 256, protocol: "Disk encryption", system: "Data warehouse" },
  { algorithm: "ML-KEM-768", keySize: 768, protocol: "TLS 1.3 hybrid", system: "Edge proxy" },
  { algorithm: "ML-DSA-65", keySize: 65, protocol: "Code signing", system: "Firmware updates" },
  { algorithm: "SLH-DSA-SHA2-128s", keySize: 128, protocol: "Document signing", system: "Contracts archive" },
] as const;
